import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import type { PageDisplayList } from '../../shared/model/display-list';
import { tempCore, type TempCore } from '../support/temp-core';

// 平衡栏尾 on the sample front page as `demo` builds it: every story's last row of columns ends
// level, no column more than one line shorter than the one before it.
const SEED = resolve(__dirname, '../../../shared/seed/000_482dc2148900315e.txt');
let t: TempCore;
let front: number;
beforeAll(async () => {
  t = await tempCore();
  const demo = await buildDemoIssue(t.client, { name: 'seed.txt', bytes: readFileSync(SEED) });
  front = demo.issue.pages[0]!.id;
});
afterAll(() => t.dispose());

/** Per story: the line counts of the body columns in the row holding its last line, left to right. */
function lastRows(page: PageDisplayList): Map<number, number[]> {
  const lines = new Map<number, Set<number>>();
  for (const i of page.items) if (i.kind === 'text' && i.frameId !== undefined) (lines.get(i.frameId) ?? lines.set(i.frameId, new Set()).get(i.frameId)!).add(i.y);
  const out = new Map<number, number[]>();
  const stories = new Set(page.frames.filter((f) => f.role === 'body' && f.storyId !== null).map((f) => f.storyId!));
  for (const s of stories) {
    const body = page.frames.filter((f) => f.role === 'body' && f.storyId === s);
    const bottom = Math.max(...body.filter((f) => (lines.get(f.id)?.size ?? 0) > 0).map((f) => f.y));
    out.set(s, body.filter((f) => f.y === bottom).sort((a, b) => a.x - b.x).map((f) => lines.get(f.id)?.size ?? 0));
  }
  return out;
}

describe('column balance on the demo front page', () => {
  it('ends every multi-column story level: each column at most one line shorter than its neighbour', async () => {
    const page = await t.client.call('layout.page', { pageId: front });
    expect(page.warnings.filter((w) => w.kind === 'overset')).toEqual([]);
    const rows = lastRows(page);
    const multi = [...rows.values()].filter((r) => r.length > 1);
    expect(multi.length).toBeGreaterThanOrEqual(2);
    for (const r of multi) {
      for (let i = 1; i < r.length; i++) {
        expect(r[i - 1]! - r[i]!, JSON.stringify(r)).toBeGreaterThanOrEqual(0);
        expect(r[i - 1]! - r[i]!, JSON.stringify(r)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('is an option per frame: switched off, the columns fill one after another again', async () => {
    const before = await t.client.call('layout.page', { pageId: front });
    const rows = lastRows(before);
    const body = before.frames.filter((f) => f.role === 'body');
    const ids = body.map((f) => f.id);
    await t.client.call('frames.update', { frames: ids.map((id) => ({ id, props: { balanceColumns: false } })) });
    const off = lastRows(await t.client.call('layout.page', { pageId: front }));
    let changed = 0;
    for (const [s, r] of off) {
      const on = rows.get(s)!;
      expect(r.reduce((a, b) => a + b)).toBe(on.reduce((a, b) => a + b));
      // Filled in order: every column but the last holding lines is full.
      const lastFilled = r.findLastIndex((n) => n > 0);
      for (let i = 0; i < lastFilled; i++) expect(r[i]).toBe(Math.max(...r));
      if (JSON.stringify(r) !== JSON.stringify(on)) changed++;
    }
    expect(changed).toBeGreaterThanOrEqual(1);
    await t.client.call('frames.update', { frames: ids.map((id) => ({ id, props: {} })) });
  });
});
