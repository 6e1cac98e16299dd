import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import { diffChars } from '../../../shared/diff/char-diff';
import { ROLES } from '../../../shared/model/roles';
import { STATUS_LABELS, type Story } from '../../../shared/model/story';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { revisionsRepo } from '../../store/revisions-repo';
import { searchStoryIds } from '../../store/search-repo';
import { bodyText, storiesRepo, toContent, toSummary } from '../../store/stories-repo';
import { write } from '../../store/write';
import { mergeStory } from '../../../shared/model/merge-story';
import { commitContent, insertStory } from './story-writer';
import { actingUser } from './acting-user';
import { checkStatusMove, leavesSignOff, overrideOrRefuse } from './workflow-rules';
import { correctionsRepo, reviewsRepo } from '../../store/proofing-repo';
import type { CoreContext } from '../context';
import type { EditLocks } from '../collab/edit-locks';
import { signedOffGuard } from './signed-off-guard';

type StoryHandlers = Pick<
  Handlers,
  'stories.list' | 'stories.get' | 'stories.create' | 'stories.save' | 'stories.merge' | 'stories.setStatus' | 'stories.revisions' | 'stories.diff' | 'stories.search'
>;

const SNIPPET_RADIUS = 30;
/** Private-use markers around a match: never in copy, easy for the UI to turn into <mark>. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export function snippetOf(text: string, query: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0) return flat.slice(0, SNIPPET_RADIUS * 2);
  let from = Math.max(0, at - SNIPPET_RADIUS);
  let to = Math.min(flat.length, at + query.length + SNIPPET_RADIUS);
  // Never cut a surrogate pair in half.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(flat[from]!)) from--;
  if (to < flat.length && /[\uDC00-\uDFFF]/.test(flat[to]!)) to++;
  return `${from > 0 ? '…' : ''}${flat.slice(from, at)}${MARK_OPEN}${flat.slice(at, at + query.length)}${MARK_CLOSE}${flat.slice(at + query.length, to)}${to < flat.length ? '…' : ''}`;
}

export function storyService(c: CoreContext, locks: Pick<EditLocks, 'assertMayWrite'>): StoryHandlers {
  const load = (id: number): Story => {
    const row = storiesRepo.getRow(c.db, id);
    if (!row) throw new BanxinError('NOT_FOUND');
    return { ...toSummary(row), content: toContent(row) };
  };


  return {
    'stories.list': (p) => storiesRepo.list(c.db, p),
    'stories.get': (p) => load(p.id),
    'stories.create': (p, ctx) => {
      const id = write(c.db, () => insertStory(c.db, p.content, ctx.session.userId, isoNow(c.clock)));
      c.emit('story.changed', { id, revision: 1, by: ctx.session.userId });
      return load(id);
    },
    'stories.save': (p, ctx) => {
      const revision = write(c.db, () => {
        const row = storiesRepo.getRow(c.db, p.id);
        if (!row) throw new BanxinError('NOT_FOUND');
        if (row.revision !== p.baseRevision) {
          throw new BanxinError('CONFLICT', { details: { current: row.revision, base: p.baseRevision } });
        }
        locks.assertMayWrite('story', p.id, ctx.session.userId);
        const at = isoNow(c.clock);
        signedOffGuard(c.db, { row, content: p.content, voidSignatures: p.voidSignatures === true, userId: ctx.session.userId, at });
        return commitContent(c.db, {
          id: p.id, previous: toContent(row), previousRevision: row.revision, content: p.content,
          userId: ctx.session.userId, at, action: 'story.save',
        });
      });
      c.emit('story.changed', { id: p.id, revision, by: ctx.session.userId });
      return load(p.id);
    },
    'stories.merge': (p) => {
      const latest = load(p.id);
      const base = revisionsRepo.content(c.db, p.id, p.baseRevision);
      if (!base) throw new BanxinError('NOT_FOUND', { zh: `（第 ${p.baseRevision} 稿）`, en: ` (revision ${p.baseRevision})` });
      const m = mergeStory(base, p.content, latest.content);
      return m.ok ? { latest, merged: m.content, conflicts: [] } : { latest, merged: null, conflicts: m.conflicts };
    },
    'stories.setStatus': (p, ctx) => {
      write(c.db, () => {
        const row = storiesRepo.getRow(c.db, p.id);
        if (!row) throw new BanxinError('NOT_FOUND');
        if (row.status === p.status) return;
        checkStatusMove(row.status, p.status);
        const user = actingUser(c.db, ctx.session.userId, ROLES, { zh: '', en: '' });
        const at = isoNow(c.clock);
        const open = correctionsRepo.open(c.db, p.id).length;
        if (p.status === 'awaiting-signoff' && open > 0) {
          // A proofreader may send it on knowingly, but never silently: the reason goes on record.
          overrideOrRefuse(c.db, {
            rule: 'send-with-open-corrections', override: p.override, user, at, entity: 'story', entityIds: [p.id],
            refusal: {
              zh: `还有 ${open} 处校对修改未处理。确要送签，请写明理由（将记入日志并印在大样上）。`,
              en: `${open} corrections are still open. To send it for sign-off anyway, give a reason (it is recorded and printed on the proof).`,
              details: { openCorrections: open },
            },
          });
        }
        if (leavesSignOff(row.status, p.status) && reviewsRepo.voidAll(c.db, p.id, at) > 0) {
          auditRepo.record(c.db, { at, userId: user.id, action: 'story.signoff-voided', entity: 'story', entityId: p.id, detail: `退回“${STATUS_LABELS[p.status].zh}”，三审失效` });
        }
        storiesRepo.setStatus(c.db, p.id, p.status, at);
        auditRepo.record(c.db, { at, userId: user.id, action: 'story.status', entity: 'story', entityId: p.id, detail: `${row.status} → ${p.status}` });
      });
      return load(p.id);
    },
    'stories.revisions': (p) => {
      if (!storiesRepo.getRow(c.db, p.id)) throw new BanxinError('NOT_FOUND');
      return revisionsRepo.list(c.db, p.id);
    },
    'stories.diff': (p) => {
      const a = revisionsRepo.content(c.db, p.id, p.from);
      const b = revisionsRepo.content(c.db, p.id, p.to);
      if (!a || !b) throw new BanxinError('NOT_FOUND');
      const fields: Array<{ field: string; ops: ReturnType<typeof diffChars> }> = (['kicker', 'headline', 'subhead', 'byline', 'dateline', 'section'] as const).map((f) => ({ field: f, ops: diffChars(a[f], b[f]) }));
      fields.push({ field: 'body', ops: diffChars(bodyText(a.body), bodyText(b.body)) });
      return { fields };
    },
    'stories.search': (p) => {
      const { total, capped, ids } = searchStoryIds(c.db, p.query, p.offset, p.limit);
      const items = ids.flatMap((id) => {
        const row = storiesRepo.getRow(c.db, id);
        if (!row) return [];
        const content = toContent(row);
        const text = [content.kicker, content.headline, content.subhead, content.byline, content.dateline, bodyText(content.body)].join('\n');
        return [{ story: toSummary(row), snippet: snippetOf(text, p.query) }];
      });
      return { total, capped, items };
    },
  };
}
