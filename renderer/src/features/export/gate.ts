import type { z } from 'zod';
import type { ExportTargets, PreflightProblemSchema } from '../../../../shared/api/methods/export';

export type PreflightProblem = z.output<typeof PreflightProblemSchema>;
export type TargetKey = keyof ExportTargets;

/** Every target in the order the UI lists them. */
export const TARGET_KEYS: readonly TargetKey[] = ['print', 'proof', 'galley', 'epaper', 'newsml', 'archive'];

/**
 * Outputs that leave the newsroom (to the press or the public). An unsigned page or a missing
 * glyph there is a real mistake in print, so preflight errors hold them back until the user
 * confirms; the proof PDFs (大样, 小样: for checking) and the archive (a record) are never held back.
 */
export const PUBLISHED_TARGETS: ReadonlySet<TargetKey> = new Set<TargetKey>(['print', 'epaper', 'newsml']);

/** The chosen targets as the `export.start` object, or null when none is ticked. */
export function chosenTargets(ticked: Readonly<Record<TargetKey, boolean>>): ExportTargets | null {
  const out: ExportTargets = {};
  for (const k of TARGET_KEYS) if (ticked[k]) out[k] = true;
  return Object.keys(out).length > 0 ? out : null;
}

/** True when preflight errors must stop this export: a published target is chosen and the user has not confirmed. */
export function heldBack(problems: readonly PreflightProblem[], ticked: Readonly<Record<TargetKey, boolean>>, confirmed: boolean): boolean {
  if (confirmed || !problems.some((p) => p.severity === 'error')) return false;
  return TARGET_KEYS.some((k) => ticked[k] && PUBLISHED_TARGETS.has(k));
}

/** Problems grouped by 版次, pages in order, errors before warnings before notes within a page. */
export function problemsByPage(problems: readonly PreflightProblem[]): Array<{ pageNumber: number; problems: PreflightProblem[] }> {
  const pages = new Map<number, PreflightProblem[]>();
  for (const p of problems) pages.set(p.pageNumber, [...(pages.get(p.pageNumber) ?? []), p]);
  const rank = (p: PreflightProblem): number => SEVERITY_RANK[p.severity];
  return [...pages.entries()]
    .sort(([a], [b]) => a - b)
    .map(([pageNumber, list]) => ({ pageNumber, problems: [...list].sort((a, b) => rank(a) - rank(b)) }));
}

const SEVERITY_RANK: Record<PreflightProblem['severity'], number> = { error: 0, warning: 1, info: 2 };

/** How many problems of each severity. */
export function severityCounts(problems: readonly PreflightProblem[]): Record<PreflightProblem['severity'], number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const p of problems) n[p.severity]++;
  return n;
}

/** A problem's message without its leading “第1版：” / “Page 1: ”, for a report that already groups by page. */
export function withoutPagePrefix(message: string): string {
  return message.replace(/^(第\d+版：|Page \d+: )/, '');
}
