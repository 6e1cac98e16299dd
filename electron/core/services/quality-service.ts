import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import { PERMISSIONS, refusalFor, actionOf } from '../../../shared/api/permissions';
import { joinBody } from '../../../shared/model/body-text';
import type { Result } from '../../../shared/api/contract';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { qualityRepo } from '../../store/quality-repo';
import { storiesRepo, toContent } from '../../store/stories-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import { actingUser } from './acting-user';
import { errorRateReport, wentOutAt } from './error-rate-report';

type QualityHandlers = Pick<Handlers, 'quality.issues' | 'quality.marks' | 'quality.mark' | 'quality.unmark'>;

const CHECKERS = PERMISSIONS['quality.mark'];
type QualityIssue = Result<'quality.issues'>[number];
const isLowSurrogate = (s: string, i: number): boolean => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]!);

/** 质检: the quality check of the published paper — which issues went out, and the errors marked on them. */
export function qualityService(c: CoreContext): QualityHandlers {
  return {
    'quality.issues': () => {
      const stories = new Map(qualityRepo.stories(c.db).map((s) => [s.id, s]));
      const marksIn = new Map<string, number>();
      for (const m of qualityRepo.classes(c.db)) marksIn.set(`${m.storyId}/${m.issueId}`, (marksIn.get(`${m.storyId}/${m.issueId}`) ?? 0) + 1);
      const figures = new Map(errorRateReport(c.db, {}).errorRate.issues.map((i) => [i.issueId, i.figure]));
      const issues = new Map<number, QualityIssue>();
      for (const p of qualityRepo.placements(c.db)) {
        const s = stories.get(p.storyId);
        const figure = figures.get(p.issueId);
        if (!s || !figure) continue;
        const issue = issues.get(p.issueId) ?? { id: p.issueId, date: p.date, number: p.issueNumber, paperName: p.paperName, pages: [], figure };
        issues.set(p.issueId, issue);
        let page = issue.pages.find((x) => x.id === p.pageId);
        if (!page) issue.pages.push((page = { id: p.pageId, number: p.pageNumber, name: p.pageName, stories: [] }));
        page.stories.push({ storyId: s.id, headline: s.headline, status: s.status, chars: s.chars, wentOutAt: wentOutAt(s), marks: marksIn.get(`${s.id}/${p.issueId}`) ?? 0 });
      }
      // Only issues with text that went out have anything to check; newest first (placements come so).
      return [...issues.values()].filter((i) => i.pages.some((p) => p.stories.some((s) => s.wentOutAt !== null)));
    },

    'quality.marks': (p) => {
      if (!storiesRepo.getRow(c.db, p.storyId)) throw new BanxinError('NOT_FOUND');
      return qualityRepo.list(c.db, p.storyId);
    },

    'quality.mark': (p, ctx) =>
      write(c.db, () => {
        const row = storiesRepo.getRow(c.db, p.storyId);
        if (!row) throw new BanxinError('NOT_FOUND');
        const user = actingUser(c.db, ctx.session.userId, CHECKERS, refusalFor(CHECKERS, actionOf('quality.mark')));
        const s = qualityRepo.stories(c.db).find((x) => x.id === p.storyId)!;
        if (wentOutAt(s) === null) {
          throw new BanxinError('CONFLICT', { zh: '这篇稿件还没有签发出版，质检只标已出版的稿件；出版前的差错请在校对中标注。', en: 'The story has not gone out yet: 质检 marks published text; mark errors before publication as proof corrections.' });
        }
        if (!qualityRepo.placements(c.db).some((x) => x.storyId === p.storyId && x.issueId === p.issueId)) {
          throw new BanxinError('VALIDATION', { zh: '这篇稿件不在这一期的版面上。', en: 'The story is not on a page of this issue.' });
        }
        const text = joinBody(toContent(row).body);
        if (p.end > text.length || isLowSurrogate(text, p.start) || isLowSurrogate(text, p.end)) {
          throw new BanxinError('VALIDATION', { zh: '标出的位置超出正文范围或切断了一个字。', en: 'The span is outside the body or splits a character.' });
        }
        const at = isoNow(c.clock);
        const id = qualityRepo.insert(c.db, {
          storyId: p.storyId, issueId: p.issueId, revision: row.revision, start: p.start, end: p.end, original: text.slice(p.start, p.end),
          errorClass: p.errorClass, note: p.note, authorId: user.id, at,
        });
        auditRepo.record(c.db, { at, userId: user.id, action: 'quality.mark', entity: 'story', entityId: p.storyId, detail: `#${id} ${p.errorClass} 第${p.issueId}期 ${p.start}-${p.end}` });
        return qualityRepo.get(c.db, id)!;
      }),

    'quality.unmark': (p, ctx) =>
      write(c.db, () => {
        const mark = qualityRepo.get(c.db, p.id);
        if (!mark) throw new BanxinError('NOT_FOUND');
        const user = actingUser(c.db, ctx.session.userId, CHECKERS, refusalFor(CHECKERS, actionOf('quality.unmark')));
        qualityRepo.remove(c.db, p.id);
        auditRepo.record(c.db, { at: isoNow(c.clock), userId: user.id, action: 'quality.unmark', entity: 'story', entityId: mark.storyId, detail: `#${mark.id} ${mark.errorClass} “${mark.original.slice(0, 40)}” ${mark.note.slice(0, 80)}` });
        return { storyId: mark.storyId, marks: qualityRepo.list(c.db, mark.storyId) };
      }),
  };
}
