import { create } from 'zustand';
import type { Result } from '../../../../shared/api/contract';
import { joinBody } from '../../../../shared/model/body-text';
import type { ErrorClass } from '../../../../shared/model/proofing';
import type { QualityMark } from '../../../../shared/model/quality';
import { api, onCoreEvent } from '../../api/connection';
import { coalesce } from '../../api/coalesce';

export type QualityIssue = Result<'quality.issues'>[number];

interface QualityState {
  issues: QualityIssue[];
  /** The story being read, in the issue it went out in. */
  open: { storyId: number; issueId: number; headline: string; body: string } | null;
  marks: QualityMark[];
  selection: { start: number; end: number } | null;
  busy: boolean;
  error: unknown;
  load(): Promise<void>;
  read(storyId: number, issueId: number): Promise<void>;
  select(span: { start: number; end: number } | null): void;
  mark(errorClass: ErrorClass, note: string): Promise<boolean>;
  unmark(id: number): Promise<void>;
}

/** 质检: the published issues, the story being read and the errors marked on it. */
export const useQuality = create<QualityState>((set, get) => {
  const act = async (run: () => Promise<void>): Promise<boolean> => {
    set({ busy: true, error: null });
    try {
      await run();
      return true;
    } catch (error) {
      set({ error });
      return false;
    } finally {
      set({ busy: false });
    }
  };
  return {
    issues: [],
    open: null,
    marks: [],
    selection: null,
    busy: false,
    error: null,
    load: async () => {
      await act(async () => set({ issues: await api().call('quality.issues', {}) }));
    },
    read: async (storyId, issueId) => {
      await act(async () => {
        const [story, marks] = await Promise.all([api().call('stories.get', { id: storyId }), api().call('quality.marks', { storyId })]);
        set({ open: { storyId, issueId, headline: story.content.headline, body: joinBody(story.content.body) }, marks, selection: null });
      });
    },
    select: (selection) => set({ selection }),
    mark: (errorClass, note) =>
      act(async () => {
        const { open, selection } = get();
        if (!open || !selection) return;
        await api().call('quality.mark', { storyId: open.storyId, issueId: open.issueId, start: selection.start, end: selection.end, errorClass, note });
        set({ marks: await api().call('quality.marks', { storyId: open.storyId }), selection: null, issues: await api().call('quality.issues', {}) });
      }),
    unmark: async (id) => {
      await act(async () => {
        const { marks } = await api().call('quality.unmark', { id });
        set({ marks, issues: await api().call('quality.issues', {}) });
      });
    },
  };
});

// Another desk marked or withdrew (or signed a story): the list and the open story follow.
const reload = coalesce(async () => {
  const { open, load } = useQuality.getState();
  await load();
  if (open) useQuality.setState({ marks: await api().call('quality.marks', { storyId: open.storyId }) });
});
onCoreEvent('data.changed', ({ topic }) => {
  if (topic === 'proofing' && useQuality.getState().issues.length > 0) reload();
});
