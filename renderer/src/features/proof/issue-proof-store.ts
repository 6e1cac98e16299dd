import { create } from 'zustand';
import type { FindingView } from '../../../../shared/api/methods/proofing';
import type { Issue } from '../../../../shared/model/layout';
import { api } from '../../api/connection';
import type { ErrorRate } from './store';

export type PageRate = ErrorRate['errorRate']['pages'][number];
export type IssueRate = ErrorRate['errorRate']['issues'][number];
/** The checker's findings on one story of the page or issue. */
export interface StoryFindings {
  storyId: number;
  headline: string;
  pageNumbers: number[];
  findings: FindingView[];
}

interface IssueProofState {
  issues: Issue[];
  issueId: number | null;
  /** The issue's 检出 and 差错率 (its pages, the issue, its stories). */
  report: ErrorRate | null;
  pages: PageRate[];
  total: IssueRate | null;
  /** Findings of the last 检查整版 / 检查整期, and which it was (a page id, or 'issue'). */
  checked: { scope: number | 'issue'; stories: StoryFindings[] } | null;
  busy: boolean;
  error: unknown;
  loadIssues(): Promise<void>;
  pick(issueId: number): Promise<void>;
  check(scope: number | 'issue'): Promise<void>;
}

/** 差错率 per page and for the issue (one report from the core) and the checker over a whole page or issue. */
export const useIssueProof = create<IssueProofState>((set, get) => {
  const act = async (run: () => Promise<void>): Promise<void> => {
    set({ busy: true, error: null });
    try {
      await run();
    } catch (error) {
      set({ error });
    } finally {
      set({ busy: false });
    }
  };
  return {
    issues: [],
    issueId: null,
    report: null,
    pages: [],
    total: null,
    checked: null,
    busy: false,
    error: null,
    loadIssues: () =>
      act(async () => {
        set({ issues: await api().call('issues.list', {}) });
      }),
    pick: (issueId) =>
      act(async () => {
        set({ issueId, checked: get().issueId === issueId ? get().checked : null });
        const report = await api().call('proof.errorRate', { issueId });
        set({ report, pages: report.errorRate.pages, total: report.errorRate.issues[0] ?? null });
      }),
    check: (scope) =>
      act(async () => {
        const pages = get().pages.filter((p) => scope === 'issue' || p.pageId === scope);
        const ids = [...new Set(pages.flatMap((p) => p.storyIds))];
        const headline = new Map((get().report?.errorRate.stories ?? []).map((s) => [s.storyId, s.headline]));
        const results = await Promise.all(ids.map(async (storyId) => ({
          storyId,
          headline: headline.get(storyId) ?? `#${storyId}`,
          pageNumbers: pages.filter((p) => p.storyIds.includes(storyId)).map((p) => p.number),
          findings: await api().call('proof.check', { storyId }),
        })));
        set({ checked: { scope, stories: results } });
      }),
  };
});
