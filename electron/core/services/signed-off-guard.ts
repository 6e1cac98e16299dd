import { BanxinError } from '../../../shared/api/errors';
import { REVIEW_LABELS } from '../../../shared/model/proofing';
import type { StoryContent } from '../../../shared/model/story';
import { auditRepo } from '../../store/audit-repo';
import type { Db } from '../../store/open-database';
import { reviewsRepo } from '../../store/proofing-repo';
import { toContent, type StoryRow } from '../../store/stories-repo';
import { contentHash } from './story-writer';

/**
 * A 已签发 story is what the duty editor approved for print: changing its text voids 初审, 复审 and
 * 终审. That happens only when the save says so (`voidSignatures: true`, after the UI has named
 * the signatures to the person); otherwise CONFLICT lists them (details.signatures). A change made
 * on purpose is recorded with the names it voided. Runs inside the save's transaction.
 */
export function signedOffGuard(db: Db, a: { row: StoryRow; content: StoryContent; voidSignatures: boolean; userId: number | null; at: string }): void {
  if (a.row.status !== 'signed-off') return;
  const current = contentHash(toContent(a.row));
  if (contentHash(a.content) === current) return;
  const signatures = reviewsRepo
    .list(db, a.row.id, current)
    .filter((r) => r.valid)
    .map((r) => ({ stage: r.stage, userName: r.userName, at: r.at }));
  const named = signatures.map((s) => `${REVIEW_LABELS[s.stage].zh} ${s.userName}`).join('、');
  if (!a.voidSignatures) {
    throw new BanxinError('CONFLICT', {
      zh: `稿件已签发，修改将使签名作废：${named || '（无有效签名）'}。确要修改，请确认后再保存。`,
      en: `The story is signed off; changing it voids: ${signatures.map((s) => `${s.stage} by ${s.userName}`).join(', ') || '(no valid signatures)'}. Confirm to save.`,
      details: { reason: 'signed-off', signatures },
    });
  }
  auditRepo.record(db, { at: a.at, userId: a.userId, action: 'story.signatures-voided', entity: 'story', entityId: a.row.id, detail: `修改已签发稿件，作废：${named}` });
}
