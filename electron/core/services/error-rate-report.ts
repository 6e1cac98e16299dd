import { BanxinError } from '../../../shared/api/errors';
import type { ErrorRateReport } from '../../../shared/api/methods/proofing';
import { monthFigures, openAt, residualFigure, type CorrectionTrace, type StoryResidual } from '../../../shared/model/error-rate';
import type { ErrorClass } from '../../../shared/model/proofing';
import type { Db } from '../../store/open-database';
import { qualityRepo, type StoryRateRow } from '../../store/quality-repo';

/** Which stories a report covers: the ones named, those placed in one issue, or every story with a record. */
export interface ReportScope {
  storyIds?: readonly number[];
  issueId?: number;
}

const group = <T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> => {
  const m = new Map<K, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};

/** When a story went out: the first of its latest 终审 and an export of it unsigned on someone's word. */
export function wentOutAt(s: Pick<StoryRateRow, 'signedAt' | 'exportedAt'>): string | null {
  const times = [s.signedAt, s.exportedAt].filter((t): t is string => t !== null);
  return times.length ? times.sort()[0]! : null;
}

/**
 * 检出 and 差错率 from the store, kept apart (see shared/model/error-rate). Reads whole tables once:
 * corrections, marks and placements of a newsroom are thousands of rows, and one pass keeps the
 * story, page, issue and month figures consistent with each other.
 */
export function errorRateReport(db: Db, scope: ReportScope): ErrorRateReport {
  const stories = new Map(qualityRepo.stories(db).map((s) => [s.id, s]));
  const traces = group(qualityRepo.correctionTraces(db), (t) => t.storyId);
  const marks = qualityRepo.classes(db);
  const marksByStory = group(marks, (m) => m.storyId);
  const placements = qualityRepo.placements(db);
  const allPages = qualityRepo.pages(db);
  if (scope.issueId !== undefined && !qualityRepo.issueExists(db, scope.issueId)) throw new BanxinError('NOT_FOUND');

  const inScope: number[] = scope.storyIds
    ? scope.storyIds.filter((id) => stories.has(id))
    : scope.issueId !== undefined
      ? [...new Set(placements.filter((p) => p.issueId === scope.issueId).map((p) => p.storyId))]
      : [...stories.values()].filter((s) => traces.has(s.id) || marksByStory.has(s.id) || wentOutAt(s) !== null).map((s) => s.id);
  const scopeSet = new Set(inScope);

  /** A story's errors left in what went out (its marks in one issue, or in all); null if it has not gone out. */
  const residual = (storyId: number, issueId?: number): StoryResidual | null => {
    const s = stories.get(storyId);
    const at = s ? wentOutAt(s) : null;
    if (!s || at === null) return null;
    const open = openAt<CorrectionTrace>(traces.get(storyId) ?? [], at).map((c) => c.errorClass);
    const marked: ErrorClass[] = (marksByStory.get(storyId) ?? []).filter((m) => issueId === undefined || m.issueId === issueId).map((m) => m.errorClass);
    return { storyId, chars: s.chars, open, marks: marked };
  };
  const out = (ids: readonly number[], issueId?: number): { list: StoryResidual[]; notOut: number } => {
    const list = ids.map((id) => residual(id, issueId));
    return { list: list.filter((r): r is StoryResidual => r !== null), notOut: list.filter((r) => r === null).length };
  };

  // 检出, per round and person.
  const rows = new Map<string, ErrorRateReport['caught']['rows'][number]>();
  const caughtPerStory = new Map<number, number>();
  for (const c of qualityRepo.caught(db)) {
    if (!scopeSet.has(c.storyId)) continue;
    const key = `${c.round}/${c.userId}/${c.role}`;
    const row = rows.get(key) ?? { round: c.round, userId: c.userId, userName: c.userName, role: c.role, byClass: { A: 0, B: 0, C: 0 }, total: 0 };
    row.byClass[c.errorClass] += c.n;
    row.total += c.n;
    rows.set(key, row);
    caughtPerStory.set(c.storyId, (caughtPerStory.get(c.storyId) ?? 0) + c.n);
  }
  const caughtRows = [...rows.values()].sort((a, b) => a.round - b.round || b.total - a.total || a.userName.localeCompare(b.userName));
  const caughtByClass = { A: 0, B: 0, C: 0 };
  for (const r of caughtRows) for (const k of ['A', 'B', 'C'] as const) caughtByClass[k] += r.byClass[k];

  // 差错率: per story, then per page and issue holding the stories in scope, then per month.
  const storyRows = inScope.map((id) => {
    const s = stories.get(id)!;
    const r = residual(id, scope.issueId);
    return { storyId: id, headline: s.headline, chars: s.chars, caught: caughtPerStory.get(id) ?? 0, wentOutAt: wentOutAt(s), figure: r ? residualFigure([r]) : null };
  });
  const byPage = group(placements, (p) => p.pageId);
  const pageList = allPages.filter((p) =>
    scope.issueId !== undefined ? p.issueId === scope.issueId : (byPage.get(p.pageId) ?? []).some((x) => scopeSet.has(x.storyId)),
  );
  const pages = pageList.map((p) => {
    const storyIds = (byPage.get(p.pageId) ?? []).map((x) => x.storyId);
    const { list, notOut } = out(storyIds, p.issueId);
    return { pageId: p.pageId, issueId: p.issueId, number: p.pageNumber, name: p.pageName, storyIds, notOut, figure: residualFigure(list) };
  });
  const issueIds = [...new Set(pageList.map((p) => p.issueId))];
  const issueData = issueIds.map((issueId) => {
    const p = allPages.find((x) => x.issueId === issueId)!;
    const ids = [...new Set(placements.filter((x) => x.issueId === issueId).map((x) => x.storyId))];
    return { issueId, date: p.date, number: p.issueNumber, paperName: p.paperName, ...out(ids, issueId) };
  });
  const issues = issueData.map(({ list, ...i }) => ({ ...i, figure: residualFigure(list) }));
  const months = monthFigures(issueData.map((i) => ({ date: i.date, stories: i.list })));
  const total = residualFigure(out(inScope, scope.issueId).list);
  return {
    caught: { rows: caughtRows, byClass: caughtByClass, total: caughtRows.reduce((n, r) => n + r.total, 0) },
    errorRate: { stories: storyRows, pages, issues, months, total },
  };
}
