import { Button, Tag } from 'antd';
import type { ProofCategory } from '../../../../shared/proof/types';
import { categoryGroup } from './live-check';
import { LIVE_GROUP_COLOURS } from './live-colours';
import { useLiveT } from './live-messages';

/** A live finding's group, in the colour of its underline. */
export function FindingGroupTag({ category }: { category: ProofCategory }) {
  const t = useLiveT();
  const group = categoryGroup(category);
  return <Tag color={LIVE_GROUP_COLOURS[group]}>{t(group)}</Tag>;
}

/** A finding's one-click fix: 改为 its suggestion, or 删除 when it suggests nothing. */
export function FindingFixButton({ suggestion, onClick, testId }: { suggestion: string; onClick: () => void; testId: string }) {
  const t = useLiveT();
  return (
    <Button size="small" type="link" onClick={onClick} data-testid={testId}>
      {suggestion ? t('fix', { s: suggestion }) : t('remove')}
    </Button>
  );
}
