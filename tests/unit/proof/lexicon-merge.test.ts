import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';
import { lexiconsFromListed, type ListedEntry } from '../../../shared/proof/lexicons/merge';
import { contextPatternError } from '../../../shared/proof/lexicons/pattern';

const listed = (over: Partial<ListedEntry>): ListedEntry => ({
  kind: 'names', enabled: true, wrong: '永康市委', right: '永康市委员会', alternatives: [], before: null, after: null,
  notBefore: null, notAfter: null, note: '', source: '本报', date: '2026-11-26', ...over,
});

describe('lexicons as the contract lists them', () => {
  it('builds the checker lists, leaving switched-off entries out and absent conditions absent', () => {
    const lex = lexiconsFromListed([listed({}), listed({ kind: 'confusables', wrong: '再接再励', right: '再接再厉', enabled: false })]);
    expect(lex.names).toEqual([{ wrong: '永康市委', right: '永康市委员会', source: '本报', date: '2026-11-26' }]);
    expect(lex.confusables).toEqual([]);
    expect(checkText('永康市委要求再接再励。', { lexicons: lex }).map((f) => f.category)).toEqual(['political-formulation']);
  });

  it('applies the context conditions and never flags the right form that contains the wrong one', () => {
    const lex = lexiconsFromListed([listed({ notBefore: '中共' })]);
    expect(checkText('中共永康市委召开会议。', { lexicons: lex })).toEqual([]);
    expect(checkText('永康市委员会召开会议。', { lexicons: lex })).toEqual([]);
    expect(checkText('会上，永康市委表示。', { lexicons: lex }).map((f) => [f.start, f.end])).toEqual([[3, 7]]);
  });

  it('accepts a context pattern exactly when the matcher can compile it', () => {
    expect(contextPatternError('[农乡山]')).toBeNull();
    expect(contextPatternError('员会|委员')).toBeNull();
    expect(contextPatternError('员(会')).toMatch(/./);
    expect(contextPatternError('\\p{Han')).toMatch(/./); // invalid in Unicode mode, as the matcher compiles it
  });
});
