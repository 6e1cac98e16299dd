import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { blocksToDoc } from '../../../renderer/src/features/editor/doc-blocks';
import { categoryGroup, docParagraphs, findingsToPositions } from '../../../renderer/src/features/editor/live-check';
import { liveCheckKey, liveCheckPlugin, liveFindingsAt } from '../../../renderer/src/features/editor/live-check-plugin';
import { checkParagraphs, defaultLexicons, PROOF_CATEGORIES, ProofCache } from '../../../shared/proof/index';
import type { Finding } from '../../../shared/proof/types';

const para = (text: string) => ({ type: 'paragraph' as const, text });

describe('live checking: findings to editor positions', () => {
  it('maps UTF-16 paragraph offsets to document positions across astral characters (𠮷) and blocks', () => {
    const blocks = [para('𠮷𠮷再接再励，𠮷。'), { type: 'subheading' as const, text: '小标题' }, para('𠮷他说:好。')];
    const doc = blocksToDoc(blocks);
    const paragraphs = docParagraphs(doc);
    expect(paragraphs).toEqual(blocks.map((b) => b.text));
    const found = findingsToPositions(doc, checkParagraphs(paragraphs));
    const confusable = found.find((f) => f.category === 'confusable-word')!;
    // 𠮷 is two code units and two positions: the word starts at offset 4 of paragraph 1, position 1 + 4
    expect([confusable.from, confusable.to]).toEqual([5, 9]);
    expect(doc.textBetween(confusable.from, confusable.to)).toBe('再接再励');
    const colon = found.find((f) => f.category === 'halfwidth-punct')!;
    expect(doc.textBetween(colon.from, colon.to)).toBe(':');
    expect(colon.suggestion).toBe('：');
    // every finding covers exactly the text the checker meant, in every block
    for (const [i, per] of checkParagraphs(paragraphs).entries()) {
      for (const f of per) {
        const mapped = found.find((m) => m.category === f.category && m.message === f.message)!;
        expect(doc.textBetween(mapped.from, mapped.to)).toBe(paragraphs[i]!.slice(f.start, f.end));
      }
    }
  });

  it('drops a finding that no longer fits its paragraph (the document moved on) instead of misplacing it', () => {
    const doc = blocksToDoc([para('短。')]);
    const stale: Finding = { start: 1, end: 9, category: 'confusable-word', suggestion: 'x', message: 'm', rule: 'r', severity: 'error' };
    expect(findingsToPositions(doc, [[stale]])).toEqual([]);
  });

  it('gives every category a colour family', () => {
    for (const c of PROOF_CATEGORIES) expect(['punct', 'space', 'word', 'number', 'policy']).toContain(categoryGroup(c));
  });

  it('re-checks only the edited paragraph and its neighbours after one keystroke', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `第${i}段：全会深入贯彻重要讲话精神，再接再励。`);
    const cache = new ProofCache();
    const lexicons = defaultLexicons();
    checkParagraphs(paragraphs, cache, { lexicons });
    const before = cache.stats.misses;
    paragraphs[20] = `${paragraphs[20]}好`;
    checkParagraphs(paragraphs, cache, { lexicons });
    expect(cache.stats.misses - before).toBe(3);
  });

  it('keeps the underlines on their words while typing before them (mapped until the next check)', () => {
    const doc = blocksToDoc([para('我们要再接再励。')]);
    const plugin = liveCheckPlugin({ enabled: () => true, lexicons: () => null, subscribe: () => () => {}, delayMs: 0 });
    let state = EditorState.create({ doc, plugins: [plugin] });
    const found = findingsToPositions(doc, checkParagraphs(docParagraphs(doc)));
    state = state.apply(state.tr.setMeta(liveCheckKey, found));
    state = state.apply(state.tr.insertText('𠮷', 1));
    const [deco] = liveCheckKey.getState(state)!.find();
    expect(state.doc.textBetween(deco!.from, deco!.to)).toBe('再接再励');
    // the hover tip finds the finding at any position inside its span, and none just after it
    const at = liveFindingsAt(state, deco!.from + 3);
    expect(at.map((f) => f.category)).toEqual(['confusable-word']);
    expect(liveFindingsAt(state, deco!.to).filter((f) => f.category === 'confusable-word')).toEqual([]);
  });
});
