import { describe, expect, it } from 'vitest';
import { baseAfterRestore } from '../../../renderer/src/features/editor/draft-stash';

describe('a draft carried across a restore', () => {
  it('is saved on its own base when the restored story has that revision (a newer story then meets the conflict choice)', () => {
    expect(baseAfterRestore(3, 3)).toBe(3);
    expect(baseAfterRestore(3, 5)).toBe(3);
  });

  it('is saved on top of the restored story when its base no longer exists there', () => {
    expect(baseAfterRestore(4, 1)).toBe(1);
    expect(baseAfterRestore(2, 1)).toBe(1);
  });
});
