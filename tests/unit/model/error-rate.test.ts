import { describe, expect, it } from 'vitest';
import { monthFigures, openAt, residualFigure, weighted, type CorrectionTrace } from '../../../shared/model/error-rate';

const c = (over: Partial<CorrectionTrace>): CorrectionTrace => ({
  kind: 'replace', status: 'open', errorClass: 'B', createdAt: '2026-03-01T10:00:00.000Z', decidedAt: null, ...over,
});
const SIGNED = '2026-03-01T12:00:00.000Z';

describe('差错率 of the text that went out', () => {
  it('weighs A double, B once, C a tenth (报纸编校差错率计算方法), ten C exactly one', () => {
    expect(weighted(['A'])).toBe(2);
    expect(weighted(['B'])).toBe(1);
    expect(weighted(['C'])).toBe(0.1);
    expect(weighted(Array<'C'>(10).fill('C'))).toBe(1);
    expect(weighted(['A', 'B', 'C', 'C'])).toBe(3.2);
  });

  it('counts per 10,000 characters of the story and draws the 万分之三 line', () => {
    const one = residualFigure([{ storyId: 1, chars: 5000, open: ['B'], marks: [] }]);
    expect(one).toMatchObject({ chars: 5000, openAtSignOff: 1, qualityMarks: 0, weighted: 1, perTenThousand: 2, withinLimit: true });
    const a = residualFigure([{ storyId: 1, chars: 5000, open: ['A'], marks: [] }]);
    expect(a).toMatchObject({ perTenThousand: 4, withinLimit: false });
    // Exactly on the line passes (不超过万分之三).
    expect(residualFigure([{ storyId: 1, chars: 10_000, open: ['B', 'B'], marks: ['B'] }]).withinLimit).toBe(true);
  });

  it('a story whose caught errors were all corrected before sign-off has 差错率 0', () => {
    const caught = [
      c({ status: 'accepted', decidedAt: '2026-03-01T11:00:00.000Z' }),
      c({ status: 'accepted', errorClass: 'A', decidedAt: '2026-03-01T11:30:00.000Z' }),
    ];
    const open = openAt(caught, SIGNED);
    expect(open).toEqual([]);
    expect(residualFigure([{ storyId: 1, chars: 800, open: open.map((x) => x.errorClass), marks: [] }]).perTenThousand).toBe(0);
  });

  it('counts what was open at sign-off: still open, or accepted only afterwards; not comments, later rejections, later marks or stale ones', () => {
    const list = [
      c({ errorClass: 'A' }), // still open
      c({ status: 'accepted', decidedAt: '2026-03-02T09:00:00.000Z' }), // the paper carried it
      c({ status: 'accepted', decidedAt: '2026-03-01T11:00:00.000Z' }), // fixed in time
      c({ status: 'rejected', decidedAt: '2026-03-02T09:00:00.000Z' }), // judged no error
      c({ kind: 'comment' }),
      c({ createdAt: '2026-03-01T13:00:00.000Z' }), // marked after it went out
      c({ status: 'stale' }),
    ];
    expect(openAt(list, SIGNED).map((x) => [x.errorClass, x.status])).toEqual([['A', 'open'], ['B', 'accepted']]);
  });

  it('adds the 质检 marks to what was open, and counts a story over two pages once', () => {
    const story = { storyId: 7, chars: 2000, open: ['C'] as const, marks: ['B', 'A'] as const };
    const f = residualFigure([story, story]);
    expect(f).toMatchObject({ chars: 2000, openAtSignOff: 1, qualityMarks: 2, byClass: { A: 1, B: 1, C: 1 }, weighted: 3.1, perTenThousand: 15.5, withinLimit: false });
  });

  it('sums months by the issues’ dates, each issue’s stories once, oldest month first', () => {
    const months = monthFigures([
      { date: '2026-04-02', stories: [{ storyId: 1, chars: 10_000, open: [], marks: ['B'] }] },
      { date: '2026-03-30', stories: [{ storyId: 2, chars: 5_000, open: ['B'], marks: [] }, { storyId: 2, chars: 5_000, open: ['B'], marks: [] }] },
      { date: '2026-03-31', stories: [{ storyId: 3, chars: 15_000, open: [], marks: [] }] },
    ]);
    expect(months.map((m) => [m.month, m.chars, m.weighted, m.perTenThousand])).toEqual([
      ['2026-03', 20_000, 1, 0.5],
      ['2026-04', 10_000, 1, 1],
    ]);
  });

  it('has no rate without characters', () => {
    expect(residualFigure([])).toMatchObject({ chars: 0, perTenThousand: 0, withinLimit: true });
  });
});
