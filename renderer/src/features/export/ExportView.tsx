import { Alert, Empty } from 'antd';
import { useEffect } from 'react';
import { onCoreEvent, onReconnect } from '../../api/connection';
import './export.css';
import { IssuePicker } from './IssuePicker';
import { JobPanel } from './JobPanel';
import { useExportT } from './messages';
import { PreflightReport } from './PreflightReport';
import { useExport } from './store';
import { TargetPanel } from './TargetPanel';
import { OverrideDialog } from '../workflow/OverrideDialog';

/** 导出: choose an issue, preflight it, pick the outputs and export in the background. */
export function ExportView() {
  const t = useExportT();
  const issues = useExport((s) => s.issues);
  const error = useExport((s) => s.error);
  const loaded = useExport((s) => s.loaded);
  const ask = useExport((s) => s.ask);
  useEffect(() => {
    void useExport.getState().init();
    // A job may have finished while this section was not shown (no listener then): read it again.
    void useExport.getState().resync();
    const offs = [
      onCoreEvent('export.progress', (s) => useExport.getState().progress(s)),
      // Over the WebSocket a reconnect may have dropped progress events: read the job again.
      onReconnect(() => void useExport.getState().resync()),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  return (
    <div className="bx-page bx-ex" data-testid="export-view">
      <div className="bx-ex-top">
        <h2 className="bx-ex-title">{t('title')}</h2>
        {issues.length > 0 && <IssuePicker />}
      </div>
      {error && <Alert type="error" showIcon title={error} data-testid="export-error" />}
      <OverrideDialog ask={ask} onClose={() => useExport.getState().closeAsk()} />
      {!loaded ? null : issues.length === 0 ? (
        <Empty description={t('noIssue')} data-testid="export-no-issue" />
      ) : (
        <div className="bx-ex-main">
          <PreflightReport />
          <div className="bx-ex-side">
            <TargetPanel />
            <JobPanel />
          </div>
        </div>
      )}
    </div>
  );
}
