import { describe, expect, it } from 'vitest';
import { checkParagraphs } from '../../../shared/proof/incremental';
import { defaultLexicons } from '../../../shared/proof/lexicons';
import { applyHeaderFix, headerFindings } from '../../../renderer/src/features/editor/header-findings';

const lexicons = defaultLexicons();
const check = (p: string) => checkParagraphs([p], undefined, { lexicons })[0] ?? [];

describe('live checking of the headline fields', () => {
  it('finds a confusable word in 主题 and an ASCII comma in 引题, each in its own field’s offsets', () => {
    const found = headerFindings({ kicker: '全面推进乡村振兴,打造共同富裕样板', headline: '再接再励 推动高质量发展', subhead: '' }, check);
    const headline = found.find((f) => f.field === 'headline' && f.category === 'confusable-word')!;
    expect(headline.text.slice(headline.start, headline.end)).toBe('再接再励');
    expect(headline.suggestion).toBe('再接再厉');
    const kicker = found.find((f) => f.field === 'kicker' && f.category === 'halfwidth-punct')!;
    expect(kicker.text.slice(kicker.start, kicker.end)).toBe(',');
    expect(found.filter((f) => f.field === 'subhead')).toEqual([]);
  });

  it('applies a fix only to the text it was found in', () => {
    const [f] = headerFindings({ kicker: '', headline: '再接再励', subhead: '' }, check).filter((x) => x.category === 'confusable-word');
    expect(applyHeaderFix('再接再励', f!)).toBe('再接再厉');
    // The editor typed on since the check: the offsets may no longer point at the word.
    expect(applyHeaderFix('要再接再励', f!)).toBeNull();
  });

  it('says nothing about clean or empty fields', () => {
    expect(headerFindings({ kicker: '  ', headline: '推动职业教育发展 培养高技能人才', subhead: '' }, check)).toEqual([]);
  });
});
