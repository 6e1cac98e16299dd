import { Alert, Button, Checkbox } from 'antd';
import { heldBack, PUBLISHED_TARGETS, TARGET_KEYS } from './gate';
import { useExportT } from './messages';
import { anyTicked, useExport } from './store';
import { OutputProfilePanel } from './OutputProfilePanel';
import { TARGET_LABEL } from './target-labels';
import { OVERRIDERS } from '../../../../shared/model/workflow-rules';
import { useSession } from '../session/store';
import { useWorkflowT } from '../workflow/messages';

/** What to export, 覆盖同名文件, the 仍要导出 gate for preflight errors, and 开始导出. */
export function TargetPanel() {
  const t = useExportT();
  const w = useWorkflowT();
  const { ticked, overwrite, confirmed, report, held, starting, job, issueId } = useExport();
  const { tick, setOverwrite, confirm, start } = useExport.getState();
  const errorCount = report?.problems.filter((p) => p.severity === 'error').length ?? 0;
  const errors = errorCount > 0;
  const publishing = TARGET_KEYS.some((k) => ticked[k] && PUBLISHED_TARGETS.has(k));
  const blocked = report ? heldBack(report.problems, ticked, confirmed) : false;
  const running = job?.state === 'running';
  // Mirror of the core: unsigned stories leave only on the word of the duty editor or an administrator.
  const role = useSession((s) => s.current?.role);
  const unsigned = report?.problems.some((p) => p.code === 'not-signed-off') ?? false;
  const needsAuthority = unsigned && publishing && !(role && OVERRIDERS.includes(role));

  return (
    <section className="bx-ex-panel" data-testid="export-targets">
      <header className="bx-ex-head">
        <h3>{t('targets')}</h3>
      </header>
      <div className="bx-ex-targets">
        {TARGET_KEYS.map((k) => (
          <Checkbox key={k} data-testid={`target-${k}`} checked={ticked[k]} disabled={running} onChange={(e) => tick(k, e.target.checked)}>
            {t(TARGET_LABEL[k])}
          </Checkbox>
        ))}
      </div>
      <div className="bx-ex-option">
        <Checkbox data-testid="export-overwrite" checked={overwrite} disabled={running} onChange={(e) => setOverwrite(e.target.checked)}>
          {t('overwrite')}
        </Checkbox>
        <div className="bx-ex-hint">{t('overwriteHint')}</div>
      </div>
      <OutputProfilePanel />
      <div className="bx-ex-hint" data-testid="export-gate-rule">{t('gateRule')}</div>
      {errors && publishing && (
        <Alert
          type={confirmed ? 'warning' : 'error'}
          showIcon
          data-testid="export-gate"
          title={t('gateTitle', { errors: errorCount })}
          description={
            <div className="bx-ex-gate">
              {!needsAuthority && <span>{t('confirmHint')}</span>}
              {!needsAuthority && (
                <Checkbox data-testid="export-anyway" checked={confirmed} disabled={running} onChange={(e) => confirm(e.target.checked)}>
                  {t('confirmAnyway')}
                </Checkbox>
              )}
              {held && <div className="bx-ex-warn" data-testid="export-held">{t('blocked')}</div>}
            </div>
          }
        />
      )}
      {needsAuthority && <div className="bx-ex-warn" data-testid="export-needs-authority">{w('exportNeedsAuthority')}</div>}
      {!anyTicked(ticked) && <div className="bx-ex-warn">{t('noTarget')}</div>}
      <div>
        <Button
          type="primary"
          data-testid="export-start"
          loading={starting}
          disabled={issueId === null || !anyTicked(ticked) || running || blocked || needsAuthority}
          onClick={() => void start()}
        >
          {t('start')}
        </Button>
      </div>
    </section>
  );
}
