import { Select } from 'antd';
import { useExportT } from './messages';
import { useExport } from './store';

/** Which issue to check and export (newest first). */
export function IssuePicker() {
  const t = useExportT();
  const issues = useExport((s) => s.issues);
  const issueId = useExport((s) => s.issueId);
  const choose = useExport((s) => s.chooseIssue);
  return (
    <span className="bx-ex-issue">
      <span>{t('issue')}</span>
      <Select
        data-testid="export-issue"
        className="bx-ex-issue-select"
        value={issueId ?? undefined}
        onChange={choose}
        options={issues.map((i) => ({ value: i.id, label: t('issueLabel', { paper: i.paperName, date: i.date, number: i.number }) }))}
      />
    </span>
  );
}
