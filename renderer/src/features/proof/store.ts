import { create } from 'zustand';
import type { Result } from '../../../../shared/api/contract';
import type { FindingView } from '../../../../shared/api/methods/proofing';
import { joinBody } from '../../../../shared/model/body-text';
import type { Correction, Review, ReviewStage } from '../../../../shared/model/proofing';
import type { Story, StoryStatus } from '../../../../shared/model/story';
import type { OverrideRecord } from '../../../../shared/model/workflow-override';
import { coalesce } from '../../api/coalesce';
import { api, onCoreEvent } from '../../api/connection';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { workflowText } from '../workflow/messages';
import { overrideRuleOf, type OverrideAsk } from '../workflow/override-ask';
import type { AddParams } from './spans';

export type ErrorRate = Result<'proof.errorRate'>;
/** Where a failure happened, so each panel shows its own error next to the action. */
export type ProofArea = 'load' | 'mark' | 'decide' | 'review' | 'status' | 'check';

interface ProofState {
  story: Story | null;
  /** The body as one text: the space every correction and finding offset lives in. */
  body: string;
  corrections: Correction[];
  reviews: Review[];
  findings: FindingView[] | null;
  rate: ErrorRate | null;
  selection: { start: number; end: number } | null;
  checked: number[];
  /** Rules set aside for this story (who, when, why). */
  overrides: OverrideRecord[];
  /** A rule the core will pass only with a reason: the dialog asks for it. */
  ask: OverrideAsk | null;
  busy: boolean;
  errors: Partial<Record<ProofArea, unknown>>;
  open(id: number): Promise<void>;
  refresh(): Promise<void>;
  select(span: { start: number; end: number } | null): void;
  setChecked(ids: number[]): void;
  add(params: AddParams): Promise<Correction | null>;
  decide(decision: 'accept' | 'reject', ids?: number[]): Promise<void>;
  moveTo(status: StoryStatus): Promise<void>;
  review(stage: ReviewStage): Promise<void>;
  /** Ask for a reason first, then do 初审 with it (the duty editor's early review). */
  reviewWithReason(stage: ReviewStage, message: string): void;
  closeAsk(): void;
  check(): Promise<void>;
  loadRate(): Promise<void>;
}

/** The story under proof, its tracked corrections, 三审 record, checker findings and 差错率. */
export const useProof = create<ProofState>((set, get) => {
  /** Run one action: clear its area's error, record a failure there, refresh what it changed. */
  const act = async <T>(area: ProofArea, run: () => Promise<T>): Promise<T | null> => {
    set((s) => ({ busy: true, errors: { ...s.errors, [area]: undefined } }));
    try {
      return await run();
    } catch (error) {
      set((s) => ({ errors: { ...s.errors, [area]: error } }));
      return null;
    } finally {
      set({ busy: false });
    }
  };
  const doReview = async (storyId: number, stage: ReviewStage, override?: { reason: string }): Promise<void> => {
    const r = await api().call('workflow.review', { storyId, stage, ...(override ? { override } : {}) });
    setStory(r.story);
    set({ reviews: r.reviews });
    await get().refresh();
  };
  const setStory = (story: Story): void => set({ story, body: joinBody(story.content.body) });
  /**
   * Run a workflow step; when the core names a rule that may be set aside, ask for the reason and
   * run it again with it (the dialog shows a second refusal) instead of showing an error.
   */
  const step = async (area: ProofArea, run: (override?: { reason: string }) => Promise<void>): Promise<void> => {
    set((s) => ({ busy: true, errors: { ...s.errors, [area]: undefined } }));
    try {
      await run();
    } catch (error) {
      const rule = overrideRuleOf(error);
      if (rule) set({ ask: { rule, message: errorText(error, useLang.getState().lang), run: (reason) => run({ reason }) } });
      else set((s) => ({ errors: { ...s.errors, [area]: error } }));
    } finally {
      set({ busy: false });
    }
  };

  return {
    story: null,
    body: '',
    corrections: [],
    reviews: [],
    findings: null,
    rate: null,
    selection: null,
    checked: [],
    overrides: [],
    ask: null,
    busy: false,
    errors: {},
    async open(id) {
      if (get().story?.id !== id) set({ story: null, findings: null, selection: null, checked: [], corrections: [], reviews: [], overrides: [], ask: null, errors: {} });
      await act('load', async () => {
        const [story, corrections, reviews, overrides] = await Promise.all([
          api().call('stories.get', { id }),
          api().call('corrections.list', { storyId: id }),
          api().call('workflow.reviews', { storyId: id }),
          api().call('workflow.overrides', { storyId: id }),
        ]);
        setStory(story);
        set({ corrections, reviews, overrides });
      });
    },
    async refresh() {
      const id = get().story?.id;
      if (id) await get().open(id);
      void get().loadRate();
    },
    select: (selection) => set({ selection }),
    setChecked: (checked) => set({ checked }),
    async add(params) {
      const added = await act('mark', () => api().call('corrections.add', params));
      if (added) {
        set({ selection: null });
        await get().refresh();
      }
      return added;
    },
    async decide(decision, ids) {
      const story = get().story;
      if (!story) return;
      const r = await act('decide', () => api().call('corrections.decide', { storyId: story.id, decision, ...(ids ? { ids } : {}) }));
      if (r) {
        setStory(r.story);
        set({ corrections: r.corrections, checked: [], findings: null });
        await get().refresh();
      }
    },
    async moveTo(status) {
      const story = get().story;
      if (!story) return;
      const send = async (override?: { reason: string }): Promise<void> => {
        setStory(await api().call('stories.setStatus', { id: story.id, status, ...(override ? { override } : {}) }));
        await get().refresh();
      };
      const open = get().corrections.filter((c) => c.status === 'open').length;
      // Ask before sending, not after a refusal: the proofreader decides knowingly.
      if (status === 'awaiting-signoff' && open > 0) {
        set({ ask: { rule: 'send-with-open-corrections', message: workflowText('sendWithOpen', { n: open }), run: (reason) => send({ reason }) } });
        return;
      }
      await step('status', send);
    },
    async review(stage) {
      const story = get().story;
      if (!story) return;
      await step('review', (override) => doReview(story.id, stage, override));
    },
    reviewWithReason(stage, message) {
      const story = get().story;
      if (story) set({ ask: { rule: 'first-review-before-rounds', message, run: (reason) => doReview(story.id, stage, { reason }) } });
    },
    closeAsk: () => set({ ask: null }),
    async check() {
      const story = get().story;
      if (!story) return;
      const findings = await act('check', () => api().call('proof.check', { storyId: story.id }));
      if (findings) set({ findings });
    },
    async loadRate() {
      const rate = await act('load', () => api().call('proof.errorRate', {}));
      if (rate) set({ rate });
    },
  };
});

// Another window (or the editor) changed the story under proof: show what is there now.
onCoreEvent('story.changed', ({ id }) => {
  if (useProof.getState().story?.id === id) void useProof.getState().refresh();
});

// Another desk marked or decided a correction, or signed a review: the list, the reviews and the
// 差错率 panel show it within the second.
const refreshProof = coalesce(() => useProof.getState().refresh());
onCoreEvent('data.changed', ({ topic, storyId }) => {
  if (topic !== 'proofing') return;
  if (useProof.getState().story?.id === storyId) refreshProof();
  else if (useProof.getState().rate) void useProof.getState().loadRate();
});

// The word lists changed (here or in another window): findings on screen were made with the old ones.
onCoreEvent('lexicons.changed', () => {
  if (useProof.getState().findings) void useProof.getState().check();
});
