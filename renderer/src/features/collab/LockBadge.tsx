import { EditOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { minutesHeld, type LockKind } from '../../../../shared/model/collab';
import { leaseOf, useCollab } from './leases-store';
import { useCollabT } from './messages';

/** Re-render every half minute, so "（3 分钟）" keeps counting. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

/** "李梦楚 正在编辑（3 分钟）" on a story, "李梦楚 正在排版（3 分钟）" on a page someone holds; nothing when nobody does. */
export function LockBadge({ kind, id }: { kind: LockKind; id: number }) {
  const t = useCollabT();
  const leases = useCollab((s) => s.leases);
  const now = useNow();
  const lease = leaseOf(leases, kind, id, now);
  if (!lease) return null;
  return (
    <Tag color="orange" icon={<EditOutlined />} data-testid="lock-badge" data-kind={kind} data-id={id} data-holder={lease.displayName}>
      {t(kind === 'page' ? 'laying' : 'editing', { name: lease.displayName, minutes: minutesHeld(lease.takenAt, now) })}
    </Tag>
  );
}
