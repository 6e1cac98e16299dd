import { z } from 'zod';
import { ERROR_WEIGHTS } from './error-weights';
import { ERROR_RATE_LIMIT, type ErrorClass } from './proofing';

/**
 * Two figures that answer different questions, kept apart:
 *
 * - 检出 (caught): what each proof round and each proofreader found — the proofreaders' record.
 *   More is better; it says nothing about the paper.
 * - 差错率 of the text that went out: the errors left in it — corrections still open when the
 *   story went out (终审, or an export of an unsigned story on someone's word) plus errors a 质检
 *   (quality check of the published issue) marked afterwards — weighted by class
 *   ({@link ERROR_WEIGHTS}) per 10,000 characters of the story's text, against the 万分之三 line.
 */

const Count = z.number().int().min(0);
const ByClass = z.object({ A: Count, B: Count, C: Count });
export type ByClass = z.infer<typeof ByClass>;

/** 差错率 over some text that went out: a story, a page, an issue, a month. */
export const ResidualFigureSchema = z.object({
  /** Characters of the stories that went out (their body text's 字数). */
  chars: Count,
  /** Corrections still open when the text went out. */
  openAtSignOff: Count,
  /** Errors a 质检 marked on the published text. */
  qualityMarks: Count,
  byClass: ByClass,
  /** Errors weighted by class (A 2, B 1, C 0.1). */
  weighted: z.number().min(0),
  /** Weighted errors per 10,000 characters, to two decimals. */
  perTenThousand: z.number().min(0),
  withinLimit: z.boolean(),
});
export type ResidualFigure = z.infer<typeof ResidualFigureSchema>;

/** One story's errors left in the text that went out. */
export interface StoryResidual {
  storyId: number;
  chars: number;
  /** Classes of the corrections still open when it went out. */
  open: readonly ErrorClass[];
  /** Classes of the 质检's marks on it. */
  marks: readonly ErrorClass[];
}

/** A correction as the computation needs it. */
export interface CorrectionTrace {
  kind: string;
  status: 'open' | 'accepted' | 'rejected' | 'stale';
  errorClass: ErrorClass;
  createdAt: string;
  decidedAt: string | null;
}

/**
 * The corrections still open at the moment the text went out: marked by then, and then either
 * still open or accepted only later (an error the paper carried). Comments mark no error; a
 * correction rejected later was judged no error; a stale one lost its text to an edit before.
 */
export function openAt<C extends CorrectionTrace>(corrections: readonly C[], wentOutAt: string): C[] {
  return corrections.filter(
    (c) => c.kind !== 'comment' && c.createdAt <= wentOutAt &&
      (c.status === 'open' || (c.status === 'accepted' && c.decidedAt !== null && c.decidedAt > wentOutAt)),
  );
}

/** Weighted errors of a list of classes. */
export function weighted(classes: readonly ErrorClass[]): number {
  // Summed in tenths so that ten C errors are exactly 1, not 0.9999999999999999.
  return classes.reduce((sum, c) => sum + Math.round(ERROR_WEIGHTS[c] * 10), 0) / 10;
}

/** 差错率 of some stories that went out, each counted once however many pages it runs over. */
export function residualFigure(stories: readonly StoryResidual[]): ResidualFigure {
  return sum([...new Map(stories.map((s) => [s.storyId, s])).values()]);
}

function sum(stories: readonly StoryResidual[]): ResidualFigure {
  const byClass: ByClass = { A: 0, B: 0, C: 0 };
  let chars = 0;
  let openAtSignOff = 0;
  let qualityMarks = 0;
  const all: ErrorClass[] = [];
  for (const s of stories) {
    chars += s.chars;
    openAtSignOff += s.open.length;
    qualityMarks += s.marks.length;
    for (const c of [...s.open, ...s.marks]) {
      byClass[c] += 1;
      all.push(c);
    }
  }
  const w = weighted(all);
  const rate = chars > 0 ? (w * 10_000) / chars : 0;
  return {
    chars, openAtSignOff, qualityMarks, byClass, weighted: w,
    perTenThousand: Math.round(rate * 100) / 100,
    withinLimit: rate <= ERROR_RATE_LIMIT,
  };
}

/** One issue's stories for the month figure: the issue's date (YYYY-MM-DD) and what went out in it. */
export interface IssueResidual {
  date: string;
  stories: readonly StoryResidual[];
}

/** 差错率 per calendar month of the issues' dates, oldest first; a story counts once in each issue it went out in. */
export function monthFigures(issues: readonly IssueResidual[]): Array<{ month: string } & ResidualFigure> {
  const months = new Map<string, StoryResidual[]>();
  for (const issue of issues) {
    const month = issue.date.slice(0, 7);
    const once = [...new Map(issue.stories.map((s) => [s.storyId, s])).values()];
    months.set(month, [...(months.get(month) ?? []), ...once]);
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, stories]) => ({ month, ...sum(stories) }));
}
