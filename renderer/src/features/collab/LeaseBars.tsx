import { Alert, App, Button, Space } from 'antd';
import type { Lease, LockKind } from '../../../../shared/model/collab';
import { api } from '../../api/connection';
import { useCan } from '../session/use-can';
import { LockBadge } from './LockBadge';
import { useCollabT, type CollabKey } from './messages';
import { retakeLease } from './use-edit-lease';

/** What each kind's bars say: a story is edited (正文), a page is laid out (排版). */
const TEXT: Record<LockKind, { readOnly: CollabKey; breakLock: CollabKey; breakConfirm: CollabKey; broken: CollabKey; retake: CollabKey }> = {
  story: { readOnly: 'readOnly', breakLock: 'breakLock', breakConfirm: 'breakConfirm', broken: 'broken', retake: 'retake' },
  page: { readOnly: 'pageReadOnly', breakLock: 'pageBreakLock', breakConfirm: 'pageBreakConfirm', broken: 'pageBroken', retake: 'pageRetake' },
};

/** Someone else holds it: who and for how long, why this desk is read only, and (duty editor, administrator) breaking the lock. */
export function HeldByOtherBar({ kind, id, holder, testId }: { kind: LockKind; id: number; holder: Lease; testId: string }) {
  const t = useCollabT();
  const can = useCan();
  const { modal } = App.useApp();
  const text = TEXT[kind];
  const breakLock = (): void =>
    void modal.confirm({
      title: t(text.breakLock),
      content: t(text.breakConfirm, { name: holder.displayName }),
      onOk: () => api().call('locks.break', { kind, id }),
    });
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      title={
        <Space wrap>
          <LockBadge kind={kind} id={id} />
          <span>{t(text.readOnly, { name: holder.displayName })}</span>
        </Space>
      }
      action={can('locks.break') ? <Button size="small" danger onClick={breakLock} data-testid="break-lock">{t(text.breakLock)}</Button> : undefined}
    />
  );
}

/** This person's lease was broken: by whom, and taking it again on their say-so. */
export function BrokenAwayBar({ kind, id, by }: { kind: LockKind; id: number; by: string }) {
  const t = useCollabT();
  const text = TEXT[kind];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="lock-broken"
      title={t(text.broken, { name: by })}
      action={<Button size="small" onClick={() => void retakeLease(kind, id)} data-testid="retake-lock">{t(text.retake)}</Button>}
    />
  );
}
