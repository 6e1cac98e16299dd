import { useProof } from '../proof/store';

/** Open a story in 校对 (where its round, 三审 and sign-off are), the way a link would. */
export function openStoryInProof(storyId: number): void {
  void useProof.getState().open(storyId);
  window.location.hash = '#/proof';
}
