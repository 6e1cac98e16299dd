import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import { applyReplacements, joinBody, withBodyText } from '../../../shared/model/body-text';
import { type Correction, type CorrectionKind, type ReviewStage } from '../../../shared/model/proofing';
import { ROLE_LABELS, type Role } from '../../../shared/model/roles';
import { PERMISSIONS } from '../../../shared/api/permissions';
import { STATUS_LABELS, type Story, type StoryStatus } from '../../../shared/model/story';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { correctionsRepo, reviewsRepo } from '../../store/proofing-repo';
import { storiesRepo, toContent, toSummary } from '../../store/stories-repo';
import { write } from '../../store/write';
import { newsroomLexicons } from './lexicon-cache';
import { proofCheckPool } from '../proof-check/proof-pool';
import { archiveFindings } from './archive-findings';
import type { CoreContext } from '../context';
import type { EditLocks } from '../collab/edit-locks';
import { actingUser } from './acting-user';
import { commitContent, contentHash } from './story-writer';
import { OVERRIDERS, overrideOrRefuse, REVIEW_ROLES, roundsComplete } from './workflow-rules';
import { overridesRepo } from '../../store/overrides-repo';
import { errorRateReport } from './error-rate-report';

type ProofingHandlers = Pick<
  Handlers,
  'proof.check' | 'corrections.list' | 'corrections.add' | 'corrections.decide' | 'workflow.reviews' | 'workflow.review' | 'workflow.overrides' | 'proof.errorRate'
>;

const ROUND_OF: Partial<Record<StoryStatus, number>> = { 'proof-1': 1, 'proof-2': 2, 'proof-3': 3 };
// Who may: from the one permission table (the dispatcher already refused anyone else; these keep the service's own message).
const MARKERS = PERMISSIONS['corrections.add'];
const DECIDERS = PERMISSIONS['corrections.decide'];
const REVIEWERS = REVIEW_ROLES;
const STAGE_BEFORE: Record<ReviewStage, ReviewStage | null> = { first: null, second: 'first', final: 'second' };
const STAGE_ZH: Record<ReviewStage, string> = { first: '初审', second: '复审', final: '终审（签发）' };

const isLowSurrogate = (s: string, i: number): boolean => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]!);

/** Check that a correction's span and replacement mean what its GB/T 14706 kind says. */
function kindProblem(kind: CorrectionKind, original: string, replacement: string): string | null {
  switch (kind) {
    case 'insert': return original === '' && replacement !== '' ? null : '增补须在一个位置补入文字';
    case 'delete': return original !== '' && replacement === '' ? null : '删除须圈出要删去的文字';
    case 'replace': return original !== '' && replacement !== '' && original !== replacement ? null : '改正须圈出文字并给出改后的文字';
    case 'transpose': return original.length > 1 && [...original].sort().join('') === [...replacement].sort().join('') && original !== replacement ? null : '对调只能交换所圈文字的次序';
    case 'split': return original === '' && replacement === '\n' ? null : '另起段须在一个位置断开';
    case 'join': return original === '\n' && replacement === '' ? null : '接排须圈出两段之间的分段处';
    case 'comment': return replacement === original ? null : '批注不改动文字';
  }
}

export function proofingService(c: CoreContext, locks: Pick<EditLocks, 'assertMayWrite'>): ProofingHandlers {
  const load = (id: number): Story => {
    const row = storiesRepo.getRow(c.db, id);
    if (!row) throw new BanxinError('NOT_FOUND');
    return { ...toSummary(row), content: toContent(row) };
  };
  const actor = (userId: number | null, allowed: readonly Role[], what: string) =>
    actingUser(c.db, userId, allowed, { zh: `${what}需由${allowed.map(roleZh).join('、')}执行。`, en: `${what} requires one of: ${allowed.join(', ')}.` });

  return {
    'proof.check': async (p) => {
      // Shipped defaults less those the newsroom switched off, plus its own entries (cached).
      const lexicons = newsroomLexicons(c.db);
      // Off the core's thread, with a time bound: other sessions are answered meanwhile.
      if ('text' in p) {
        const [found = []] = await proofCheckPool().check([p.text], lexicons);
        return found.map((f) => ({ field: 'body' as const, ...pick(f) }));
      }
      const { content, revision } = load(p.storyId);
      const fields = (['kicker', 'headline', 'subhead', 'byline', 'dateline'] as const).filter((f) => content[f]);
      const texts = [...fields.map((f) => content[f]), joinBody(content.body)];
      const found = await proofCheckPool().check(texts, lexicons);
      // 疑似 from the 稿库 come after the rules, and only where no rule already spoke.
      const suspects = await archiveFindings(c.db, p.storyId, revision, texts, found);
      return [...fields, 'body' as const].flatMap((field, k) => [...(found[k] ?? []), ...(suspects[k] ?? [])].map((f) => ({ field, ...pick(f) })));
    },

    'corrections.list': (p) => {
      load(p.storyId);
      return correctionsRepo.list(c.db, p.storyId);
    },

    'corrections.add': (p, ctx) =>
      write(c.db, () => {
        const story = load(p.storyId);
        const round = ROUND_OF[story.status];
        if (!round) throw new BanxinError('FORBIDDEN', { zh: '稿件不在校对阶段（一校、二校、三校），不能标注校对修改。', en: 'The story is not in a proof round.' });
        const user = actor(ctx.session.userId, MARKERS, '标注校对修改');
        const text = joinBody(story.content.body);
        if (p.end > text.length || isLowSurrogate(text, p.start) || isLowSurrogate(text, p.end)) {
          throw new BanxinError('VALIDATION', { zh: '校对位置超出正文范围或切断了一个字。', en: 'The span is outside the body or splits a character.' });
        }
        const original = text.slice(p.start, p.end);
        const replacement = p.kind === 'comment' ? original : p.kind === 'split' ? '\n' : p.replacement;
        const problem = kindProblem(p.kind, original, replacement);
        if (problem) throw new BanxinError('VALIDATION', { zh: problem, en: `A ${p.kind} correction does not fit this span.` });
        const at = isoNow(c.clock);
        const id = correctionsRepo.insert(c.db, {
          storyId: p.storyId, round, authorId: user.id, role: user.role, kind: p.kind, start: p.start, end: p.end,
          original, replacement, comment: p.comment, errorClass: p.errorClass, category: p.category, at,
        });
        auditRepo.record(c.db, { at, userId: user.id, action: 'correction.add', entity: 'story', entityId: p.storyId, detail: `#${id} ${p.kind} 第${round}校` });
        return correctionsRepo.list(c.db, p.storyId).find((x) => x.id === id)!;
      }),

    'corrections.decide': (p, ctx) => {
      write(c.db, () => {
        const row = storiesRepo.getRow(c.db, p.storyId);
        if (!row) throw new BanxinError('NOT_FOUND');
        const user = actor(ctx.session.userId, DECIDERS, '处理校对修改');
        const wanted = p.ids ? new Set(p.ids) : null;
        const chosen = correctionsRepo.open(c.db, p.storyId).filter((x) => !wanted || wanted.has(x.id));
        const at = isoNow(c.clock);
        if (p.decision === 'reject') {
          for (const x of chosen) correctionsRepo.decide(c.db, x.id, 'rejected', user.id, at);
          auditRepo.record(c.db, { at, userId: user.id, action: 'correction.reject', entity: 'story', entityId: p.storyId, detail: chosen.map((x) => `#${x.id}`).join(' ') });
          return;
        }
        const applied = nonOverlapping(chosen.filter((x) => x.kind !== 'comment'));
        for (const x of chosen) if (x.kind === 'comment' || applied.includes(x)) correctionsRepo.decide(c.db, x.id, 'accepted', user.id, at);
        if (applied.length === 0) return;
        // Accepting rewrites the body: not under the feet of whoever has it open to edit.
        locks.assertMayWrite('story', p.storyId, user.id);
        const previous = toContent(row);
        const newText = applyReplacements(joinBody(previous.body), applied);
        const content = { ...previous, body: withBodyText(previous.body, newText) };
        commitContent(c.db, { id: p.storyId, previous, previousRevision: row.revision, content, userId: user.id, at, action: 'correction.accept' });
      });
      return { story: load(p.storyId), corrections: correctionsRepo.list(c.db, p.storyId) };
    },

    'workflow.reviews': (p) => {
      const story = load(p.storyId);
      return reviewsRepo.list(c.db, p.storyId, contentHash(story.content));
    },

    'workflow.review': (p, ctx) => {
      write(c.db, () => {
        const story = load(p.storyId);
        const user = actor(ctx.session.userId, REVIEWERS[p.stage], STAGE_ZH[p.stage]);
        const hash = contentHash(story.content);
        const valid = reviewsRepo.list(c.db, p.storyId, hash).filter((r) => r.valid);
        const mine = valid.find((r) => r.userId === user.id);
        if (mine) {
          throw new BanxinError('FORBIDDEN', {
            zh: `三审须由不同的人完成：${user.displayName}已做过本稿的${STAGE_ZH[mine.stage]}，不能再做${STAGE_ZH[p.stage]}。`,
            en: `Three reviews need three people: ${user.displayName} already did the ${mine.stage} review of this story.`,
          });
        }
        if (valid.some((r) => r.stage === p.stage)) throw new BanxinError('CONFLICT', { zh: `本稿已完成${STAGE_ZH[p.stage]}。`, en: `The ${p.stage} review is already done.` });
        const before = STAGE_BEFORE[p.stage];
        if (before && !valid.some((r) => r.stage === before)) {
          throw new BanxinError('CONFLICT', { zh: `须先完成${STAGE_ZH[before]}。`, en: `The ${before} review must come first.` });
        }
        const at = isoNow(c.clock);
        // 初审 reads copy the proofreaders have finished with; before that only on someone's recorded word.
        if (p.stage === 'first' && !roundsComplete(story.status)) {
          overrideOrRefuse(c.db, {
            rule: 'first-review-before-rounds', override: p.override, user, authorised: OVERRIDERS, at, entity: 'story', entityIds: [p.storyId],
            refusal: {
              zh: `校对尚未完成：稿件现在是“${STATUS_LABELS[story.status].zh}”，三校后送“待签发”才能初审。`,
              en: `Proofreading is not complete: the story is “${story.status}”; it can have its first review once sent on from the third round to “awaiting sign-off”.`,
              details: { status: story.status },
            },
          });
        }
        const open = correctionsRepo.open(c.db, p.storyId).length;
        if (p.stage === 'final' && open > 0) {
          throw new BanxinError('CONFLICT', { zh: `还有 ${open} 处校对修改未处理，不能签发。`, en: `${open} corrections are still open.` });
        }
        reviewsRepo.insert(c.db, { entityId: p.storyId, stage: p.stage, userId: user.id, revision: story.revision, hash, at });
        if (p.stage === 'final') storiesRepo.setStatus(c.db, p.storyId, 'signed-off', at);
        else if (p.stage === 'second') storiesRepo.setStatus(c.db, p.storyId, 'awaiting-signoff', at);
        auditRepo.record(c.db, { at, userId: user.id, action: `review.${p.stage}`, entity: 'story', entityId: p.storyId, detail: `r${story.revision} ${hash.slice(0, 12)}` });
      });
      const story = load(p.storyId);
      return { story, reviews: reviewsRepo.list(c.db, p.storyId, contentHash(story.content)) };
    },

    'workflow.overrides': (p) => {
      load(p.storyId);
      return overridesRepo.list(c.db, 'story', p.storyId);
    },

    'proof.errorRate': (p) => errorRateReport(c.db, p),
  };
}

/** Corrections that can be applied together: in text order, skipping any that overlap an earlier one. */
function nonOverlapping(list: readonly Correction[]): Correction[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.id - b.id);
  const out: Correction[] = [];
  let reach = -1;
  for (const x of sorted) {
    if (x.start < reach) continue;
    out.push(x);
    reach = Math.max(reach, x.end);
  }
  return out;
}

function pick(f: { start: number; end: number; category: string; suggestion: string; message: string; severity: 'error' | 'warning' | 'info' }) {
  return { start: f.start, end: f.end, category: f.category, suggestion: f.suggestion, message: f.message, severity: f.severity };
}

const roleZh = (r: Role): string => ROLE_LABELS[r].zh;
