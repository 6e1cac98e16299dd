import { BanxinError } from '../../../shared/api/errors';
import { ROLE_LABELS, type Role } from '../../../shared/model/roles';
import { STATUS_LABELS, STORY_STATUSES, type StoryStatus } from '../../../shared/model/story';
import { OVERRIDE_LABELS, type OverrideParams, type OverrideRule } from '../../../shared/model/workflow-override';
import type { Db } from '../../store/open-database';
import { overridesRepo } from '../../store/overrides-repo';
import type { UserRow } from '../../store/users-repo';

/**
 * The data-dependent rules of 三审三校 that the core enforces whatever the UI shows. Who may call a
 * method at all is the dispatcher's business; these say what a call may do given the story's state.
 */

export { OVERRIDERS, PUBLISHED_TARGETS, REVIEW_ROLES, roundsComplete } from '../../../shared/model/workflow-rules';

const order = (s: StoryStatus): number => STORY_STATUSES.indexOf(s);
const zh = (s: StoryStatus): string => STATUS_LABELS[s].zh;

/** The status a forward move must come from: no proof round may be skipped. */
const MUST_COME_FROM: Partial<Record<StoryStatus, StoryStatus>> = { 'proof-2': 'proof-1', 'proof-3': 'proof-2', 'awaiting-signoff': 'proof-3' };

/** Refuse a status move `stories.setStatus` may never make; backwards moves (sending back) are always allowed. */
export function checkStatusMove(from: StoryStatus, to: StoryStatus): void {
  if (to === 'signed-off') {
    throw new BanxinError('FORBIDDEN', {
      zh: '“已签发”只能由值班总编经终审（签发）达到，不能直接设置。',
      en: 'A story reaches “signed off” only through the final review (workflow.review), never by setting its status.',
    });
  }
  const needed = MUST_COME_FROM[to];
  if (order(to) > order(from) && needed && from !== needed) {
    throw new BanxinError('CONFLICT', {
      zh: `校次不能跳过：稿件现在是“${zh(from)}”，须先经过“${zh(needed)}”才能送“${zh(to)}”。`,
      en: `No proof round may be skipped: the story is “${from}”; it must pass “${needed}” before “${to}”.`,
    });
  }
}

/** Is this a move back out of the sign-off stages (which voids the 三审 given there)? */
export const leavesSignOff = (from: StoryStatus, to: StoryStatus): boolean => order(from) >= order('awaiting-signoff') && order(to) < order(from);

/**
 * A rule stands in the way: with no override, refuse with CONFLICT naming the rule (the UI asks
 * for a reason and calls again); with one, check the person may give it (when `authorised` is
 * set) and record it. Returns whether an override was recorded.
 */
export function overrideOrRefuse(
  db: Db,
  a: {
    rule: OverrideRule;
    override: OverrideParams | undefined;
    user: UserRow;
    authorised?: readonly Role[];
    at: string;
    entity: 'story' | 'issue';
    entityIds: readonly number[];
    refusal: { zh: string; en: string; details?: Record<string, unknown> };
    /** Record the override also against these stories (an issue-wide override concerns each of them). */
    alsoStories?: readonly number[];
  },
): void {
  const label = OVERRIDE_LABELS[a.rule];
  if (!a.override) {
    throw new BanxinError('CONFLICT', { zh: a.refusal.zh, en: a.refusal.en, details: { ...a.refusal.details, override: a.rule } });
  }
  if (a.authorised && !a.authorised.includes(a.user.role)) {
    throw new BanxinError('FORBIDDEN', {
      zh: `“${label.zh}”须由${a.authorised.map((r) => ROLE_LABELS[r].zh).join('或')}决定并写明理由。${a.refusal.zh}`,
      en: `Only ${a.authorised.join(' or ')} may decide “${label.en}”, with a reason. ${a.refusal.en}`,
    });
  }
  overridesRepo.record(db, { rule: a.rule, userId: a.user.id, at: a.at, entity: a.entity, entityIds: a.entityIds, reason: a.override.reason });
  if (a.alsoStories?.length) overridesRepo.record(db, { rule: a.rule, userId: a.user.id, at: a.at, entity: 'story', entityIds: a.alsoStories, reason: a.override.reason });
}
