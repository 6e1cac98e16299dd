import { describe, expect, it } from 'vitest';
import type { ImportedStoryView } from '../../../shared/api/methods/intake';
import { structureFromStories, type StructureEdit } from '../../../shared/model/structure-edits';
import { canRedo, canUndo, emptyHistory, pushEdit, redoEdit, undoEdit } from '../../../renderer/src/features/intake/edit-history';
import { editedStories, skipPositions } from '../../../renderer/src/features/intake/edited-preview';

describe('structure edit history', () => {
  it('undoes the last edit, redoes it, and forgets the redo on a new edit', () => {
    let h = emptyHistory<string>();
    expect(canUndo(h) || canRedo(h)).toBe(false);
    h = pushEdit(pushEdit(h, 'a'), 'b');
    h = undoEdit(h);
    expect(h).toEqual({ done: ['a'], undone: ['b'] });
    h = undoEdit(h);
    expect(h).toEqual({ done: [], undone: ['b', 'a'] });
    expect(undoEdit(h)).toBe(h); // nothing left to undo
    h = redoEdit(h);
    expect(h).toEqual({ done: ['a'], undone: ['b'] });
    h = redoEdit(h);
    expect(h).toEqual({ done: ['a', 'b'], undone: [] });
    expect(redoEdit(h)).toBe(h);
    h = pushEdit(undoEdit(h), 'c');
    expect(h).toEqual({ done: ['a', 'c'], undone: [] });
  });
});

const view = (over: Partial<ImportedStoryView>): ImportedStoryView => ({
  kind: 'article', kicker: '', headline: '', subhead: '', byline: '', dateline: '', body: [], charCount: 0, repairs: [], similar: null, lines: [], ...over,
});

describe('the live preview after edits', () => {
  const fields = [
    { kind: 'article' as const, kicker: '', headline: '一号稿', subhead: '', byline: '', dateline: '', body: ['第一段。'] },
    { kind: 'article' as const, kicker: '', headline: '', subhead: '', byline: '', dateline: '', body: ['据悉，第二段。'] },
    { kind: 'box' as const, kicker: '', headline: '二号稿', subhead: '', byline: '', dateline: '', body: ['框内文字'] },
  ];
  const structure = structureFromStories(fields);
  const repair = (id: string) => ({ id, kind: 'fullwidth-punct', before: ',', after: '，', reason: '', accepted: true });
  const similar = { storyId: 9, headline: '二号稿', similarity: 0.97, message: '已有相近稿件《二号稿》（相似度 97%）' };
  const base = fields.map((f, i) => view({ ...f, lines: structure[i]!.lines, repairs: [repair(`r${i}`)], ...(i === 2 ? { similar } : {}) }));

  it('lists every repair once and keeps the duplicate warning with its story, and skips by where the lines came from', () => {
    const merge: StructureEdit = { op: 'merge', line: structure[1]!.lines[0]!.id };
    const out = editedStories(base, [merge]);
    expect(out.map((s) => s.headline)).toEqual(['一号稿', '二号稿']);
    expect(out.map((s) => s.repairs.map((r) => r.id))).toEqual([['r0', 'r1'], ['r2']]);
    expect(out[1]!.similar).toEqual(similar);
    // The duplicate (importer's story 2) is now at position 1.
    expect(skipPositions(out, new Set([2]))).toEqual([1]);
    // Split off its body line: both parts came from the skipped story; the repairs stay with its first line.
    const split = editedStories(base, [merge, { op: 'split', line: structure[2]!.lines[1]!.id }]);
    expect(skipPositions(split, new Set([2]))).toEqual([1, 2]);
    expect(split.map((s) => s.repairs.length)).toEqual([2, 1, 0]);
  });
});
