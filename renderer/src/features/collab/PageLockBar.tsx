import { Alert } from 'antd';
import { usePageLock } from './lease-lock';
import { BrokenAwayBar, HeldByOtherBar } from './LeaseBars';
import { useCollabT } from './messages';

/**
 * Above the page canvas, why the page is read only and what can be done: someone else is laying
 * it out (the duty editor may break the lock), the lock was broken away from this person (take it
 * again), or the role may not change the layout.
 */
export function PageLockBar({ pageId }: { pageId: number | null }) {
  const t = useCollabT();
  const lock = usePageLock(pageId);
  if (pageId === null) return null;
  // Told first that the lock was broken away (the breaker usually holds it at once): taking it
  // again then shows who holds it.
  if (lock.brokenBy) return <BrokenAwayBar kind="page" id={pageId} by={lock.brokenBy} />;
  if (lock.holder) return <HeldByOtherBar kind="page" id={pageId} holder={lock.holder} testId="page-locked" />;
  if (lock.cannotHold) return <Alert type="info" showIcon data-testid="page-cannot-hold" title={t('pageCannotHold')} />;
  return null;
}
