import { Alert } from 'antd';
import { OVERRIDE_LABELS, type OverrideRecord } from '../../../../shared/model/workflow-override';
import { useLang } from '../../i18n/store';
import { useWorkflowT } from './messages';
import './workflow.css';

/** The rules set aside for a story, each with who, when and why — shown wherever its state is. */
export function OverrideList({ list }: { list: readonly OverrideRecord[] }) {
  const t = useWorkflowT();
  const lang = useLang((s) => s.lang);
  if (list.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="bx-wf-override-list"
      data-testid="override-list"
      title={t('overrides')}
      description={
        <ul className="bx-wf-overrides">
          {list.map((o) => (
            <li key={o.id} data-testid="override-record" data-rule={o.rule}>
              {t('overrideLine', { rule: lang === 'en' ? OVERRIDE_LABELS[o.rule].en : OVERRIDE_LABELS[o.rule].zh, name: o.userName, at: new Date(o.at).toLocaleString(lang), reason: o.reason })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
