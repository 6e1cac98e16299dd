import { create } from 'zustand';
import type { FindingView } from '../../../../shared/api/methods/proofing';
import type { Frame, Issue, Page } from '../../../../shared/model/layout';
import { api } from '../../api/connection';
import type { ErrorRate } from './store';

export type Rate = ErrorRate['total'];
export interface PageRate {
  page: Page;
  storyIds: number[];
  rate: Rate;
}
/** The checker's findings on one story of the page or issue. */
export interface StoryFindings {
  storyId: number;
  headline: string;
  pageNumbers: number[];
  findings: FindingView[];
}

/** A page's stories: every story with a frame on it, in frame order, each once. */
export function storiesOnPage(frames: readonly Pick<Frame, 'storyId'>[]): number[] {
  return [...new Set(frames.flatMap((f) => (f.storyId === null ? [] : [f.storyId])))];
}

interface IssueProofState {
  issues: Issue[];
  issueId: number | null;
  pages: PageRate[];
  total: Rate | null;
  /** Findings of the last 检查整版 / 检查整期, and which it was (a page id, or 'issue'). */
  checked: { scope: number | 'issue'; stories: StoryFindings[] } | null;
  busy: boolean;
  error: unknown;
  loadIssues(): Promise<void>;
  pick(issueId: number): Promise<void>;
  check(scope: number | 'issue'): Promise<void>;
}

const rateOf = async (storyIds: number[]): Promise<ErrorRate> => api().call('proof.errorRate', { storyIds });

/** 差错率 per page and per issue (pages' stories come from their frames) and the checker over a whole page or issue. */
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
        const issue = get().issues.find((i) => i.id === issueId) ?? (await api().call('issues.get', { id: issueId }));
        set({ issueId, checked: get().issueId === issueId ? get().checked : null });
        const pages = await Promise.all(
          issue.pages.map(async (page) => {
            const storyIds = storiesOnPage(await api().call('frames.list', { pageId: page.id }));
            return { page, storyIds, rate: (await rateOf(storyIds)).total };
          }),
        );
        // A story threaded across pages counts once for the issue.
        const total = (await rateOf([...new Set(pages.flatMap((p) => p.storyIds))])).total;
        set({ pages, total });
      }),
    check: (scope) =>
      act(async () => {
        const pages = get().pages.filter((p) => scope === 'issue' || p.page.id === scope);
        const ids = [...new Set(pages.flatMap((p) => p.storyIds))];
        const { stories } = await rateOf(ids);
        const headline = new Map(stories.map((s) => [s.storyId, s.headline]));
        const results = await Promise.all(ids.map(async (storyId) => ({
          storyId,
          headline: headline.get(storyId) ?? `#${storyId}`,
          pageNumbers: pages.filter((p) => p.storyIds.includes(storyId)).map((p) => p.page.number),
          findings: await api().call('proof.check', { storyId }),
        })));
        set({ checked: { scope, stories: results } });
      }),
  };
});
