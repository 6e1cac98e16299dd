import { Button, Space, Tag } from 'antd';
import type { ImportedStoryView } from '../../../../shared/api/methods/intake';
import { useT } from '../../i18n/use-t';
import { groupRepairs, repairKindLabel } from './repair-groups';
import { useIntake } from './store';

/**
 * Every repair of the page by kind, with counts and how many are kept ("全角标点 ×117，已采纳 117"),
 * kept or rejected per kind in one click: the editor decides a whole class at once instead of
 * ticking 193 boxes, and can still open a story below to decide one by one.
 */
export function RepairGroups({ stories }: { stories: ImportedStoryView[] }) {
  const t = useT();
  const rejected = useIntake((s) => s.rejected);
  const setRepairs = useIntake((s) => s.setRepairs);
  const groups = groupRepairs(stories.flatMap((s) => s.repairs));
  if (groups.length === 0) return null;
  return (
    <ul className="bx-repair-groups" data-testid="repair-groups">
      {groups.map((g) => {
        const ids = g.repairs.map((r) => r.id);
        const kept = ids.filter((id) => !rejected.has(id)).length;
        return (
          <li key={g.kind} data-testid="repair-group" data-kind={g.kind}>
            <Space>
              <Tag>{`${t(repairKindLabel(g.kind))} ×${g.repairs.length}`}</Tag>
              <span data-testid="repair-group-kept">{t('import.groupKept', { n: kept })}</span>
              <Button size="small" type="link" onClick={() => setRepairs(ids, true)} data-testid="repair-group-keep">
                {t('import.keepAll')}
              </Button>
              <Button size="small" type="link" onClick={() => setRepairs(ids, false)} data-testid="repair-group-reject">
                {t('import.rejectAll')}
              </Button>
            </Space>
          </li>
        );
      })}
    </ul>
  );
}
