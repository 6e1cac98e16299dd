import type { ReviewStage } from './proofing';
import type { Role } from './roles';
import type { StoryStatus } from './story';

/**
 * The data-dependent rules of 三审三校. The core enforces them (electron/core/services/
 * workflow-rules.ts); the UI reads the same lists only to hide or disable what would be refused.
 */

/** Who may knowingly set a workflow rule aside (with a recorded reason): the duty editor, an administrator. */
export const OVERRIDERS: readonly Role[] = ['duty-editor', 'admin'];

/** Who may give each stage of 三审. 终审 (签发) is the duty editor's own accountable act. */
export const REVIEW_ROLES: Record<ReviewStage, readonly Role[]> = {
  first: ['editor', 'duty-editor', 'admin'],
  second: ['editor', 'duty-editor', 'admin'],
  final: ['duty-editor'],
};

/** Outputs that leave the newsroom: to the press, the public web, partners. Proofs and the archive stay in. */
export const PUBLISHED_TARGETS = ['print', 'epaper', 'newsml'] as const;

/** The proof rounds are complete once the story has been sent on from 三校 to 待签发. */
export const roundsComplete = (s: StoryStatus): boolean => s === 'awaiting-signoff';
