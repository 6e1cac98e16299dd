import { Alert, Button, Progress, Typography } from 'antd';
import type { ExportStatus } from '../../../../shared/api/methods/export';
import { useLang } from '../../i18n/store';
import { formatBytes } from './format-bytes';
import { useExportT } from './messages';
import { useExport } from './store';
import { TARGET_LABEL } from './target-labels';
import { ExportLink } from './ExportLink';

const PROGRESS_STATUS: Record<ExportStatus['state'], 'active' | 'success' | 'exception' | 'normal'> = {
  running: 'active',
  done: 'success',
  failed: 'exception',
  cancelled: 'normal',
};

/** The background export: its progress bar and 取消 while it runs, then what it wrote and where. */
export function JobPanel() {
  const t = useExportT();
  const lang = useLang((s) => s.lang);
  const job = useExport((s) => s.job);
  const cancel = useExport((s) => s.cancel);
  if (!job) return null;
  const running = job.state === 'running';
  // Folders (e-paper, NewsML) have no extension: say so, since the list otherwise reads as files.
  const isFolder = (target: string): boolean => target === 'epaper' || target === 'newsml';

  return (
    <section className="bx-ex-panel" data-testid="export-job" data-state={job.state}>
      <header className="bx-ex-head">
        <h3>{running ? t('running') : job.state === 'done' ? t('done') : job.state === 'failed' ? t('failed') : t('cancelledTitle')}</h3>
        {running && (
          <Button danger data-testid="export-cancel" onClick={() => void cancel()}>
            {t('cancel')}
          </Button>
        )}
      </header>
      <Progress data-testid="export-progress" data-percent={Math.round(job.fraction * 100)} percent={Math.round(job.fraction * 100)} status={PROGRESS_STATUS[job.state]} />
      {running && <div className="bx-ex-hint" data-testid="export-step">{lang === 'en' ? job.stepEn : job.stepZh}</div>}
      {job.state === 'cancelled' && <Alert type="info" showIcon title={t('cancelled')} data-testid="export-cancelled" />}
      {job.state === 'failed' && <Alert type="error" showIcon title={(lang === 'en' ? job.errorEn : job.errorZh) ?? t('failed')} data-testid="export-failed" />}
      {job.state === 'done' && (
        <div data-testid="export-result">
          <div className="bx-ex-folder">
            <span>{t('folder')}：</span>
            <Typography.Text copyable code data-testid="export-folder">
              {job.folder}
            </Typography.Text>
          </div>
          <div className="bx-ex-hint">{t('folderHint')}</div>
          <h4>{t('files')}</h4>
          <table className="bx-ex-files">
            <thead>
              <tr>
                <th>{t('fileKind')}</th>
                <th>{t('fileName')}</th>
                <th>{t('fileSize')}</th>
              </tr>
            </thead>
            <tbody>
              {job.files.map((f) => (
                <tr key={f.name} data-testid="export-file" data-target={f.target}>
                  <td>{t(TARGET_LABEL[f.target])}</td>
                  <td className="bx-ex-name">
                    <ExportLink file={f} />
                    {isFolder(f.target) && <span className="bx-ex-hint">{t('folderSuffix')}</span>}
                  </td>
                  <td className="bx-ex-size">{formatBytes(f.bytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
