import { describe, expect, it } from 'vitest';
import { residualFigure } from '../../../shared/model/error-rate';
import { nothingOut, shownRate } from '../../../renderer/src/features/proof/residual-shown';

describe('the 差错率 shown for stories that went out', () => {
  it('is "—", not a passing 0, while nothing has gone out', () => {
    const none = residualFigure([]);
    expect(none.withinLimit).toBe(true);
    expect(nothingOut(none)).toBe(true);
    expect(shownRate(none)).toBe('—');
  });

  it('is the figure itself once some text went out, 0 included', () => {
    const clean = residualFigure([{ storyId: 1, chars: 2000, open: [], marks: [] }]);
    expect(nothingOut(clean)).toBe(false);
    expect(shownRate(clean)).toBe(0);
    const one = residualFigure([{ storyId: 2, chars: 2000, open: ['B'], marks: [] }]);
    expect(shownRate(one)).toBe(5);
  });
});
