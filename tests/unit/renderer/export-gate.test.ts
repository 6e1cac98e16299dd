import { describe, expect, it } from 'vitest';
import { heldBack, problemsByPage, severityCounts, type PreflightProblem, type TargetKey } from '../../../renderer/src/features/export/gate';

const problem = (severity: PreflightProblem['severity'], pageNumber: number, code: string): PreflightProblem => ({
  severity, code, pageNumber, messageZh: `第${pageNumber}版：${code}`, messageEn: `Page ${pageNumber}: ${code}`,
});
const ticked = (...keys: TargetKey[]): Record<TargetKey, boolean> => ({
  print: keys.includes('print'), proof: keys.includes('proof'), galley: keys.includes('galley'),
  epaper: keys.includes('epaper'), newsml: keys.includes('newsml'), archive: keys.includes('archive'),
});

describe('export gate', () => {
  const report = [problem('info', 2, 'image-rgb'), problem('warning', 2, 'image-low-res'), problem('error', 1, 'not-signed-off'), problem('error', 2, 'overset'), problem('info', 1, 'image-transparency')];

  it('groups by page, errors before warnings before notes', () => {
    expect(problemsByPage(report).map((g) => [g.pageNumber, g.problems.map((p) => p.code)])).toEqual([
      [1, ['not-signed-off', 'image-transparency']],
      [2, ['overset', 'image-low-res', 'image-rgb']],
    ]);
    expect(severityCounts(report)).toEqual({ error: 2, warning: 1, info: 2 });
  });

  it('holds a published export back on errors only: notes of what the export will do never do', () => {
    expect(heldBack(report, ticked('print'), false)).toBe(true);
    expect(heldBack(report, ticked('print'), true)).toBe(false);
    expect(heldBack(report, ticked('proof', 'archive'), false)).toBe(false);
    const notesOnly = report.filter((p) => p.severity !== 'error');
    expect(heldBack(notesOnly, ticked('print', 'epaper'), false)).toBe(false);
  });
});
