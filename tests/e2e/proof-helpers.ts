// Driving the 校对 view as people do: circling text with the mouse, choosing a mark, switching who sits at the desk.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const SHOTS = process.env.BANXIN_SHOTS; // a folder to write screenshots to, when looking at the UI

/** Where one character of the proof body (or another text, by test id) is on screen, skipping inserted text, which is not body. */
export async function charBox(p: Page, needle: string, index: number, body = 'proof-body'): Promise<{ left: number; right: number; y: number }> {
  return p.evaluate(
    ([needle, index, body]) => {
      const root = document.querySelector(`[data-testid=${body}]`)!;
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
        if (n.parentElement?.closest('[data-widget]')) continue;
        const i = n.data.indexOf(needle);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + index);
        r.setEnd(n, i + index + 1);
        const b = r.getBoundingClientRect();
        return { left: b.left, right: b.right, y: b.top + b.height / 2 };
      }
      throw new Error(`not in the ${body}: ${needle}`);
    },
    [needle, index, body] as const,
  );
}

/** Drag the mouse over `length` characters of `context` in the proof body, as a proofreader circles text. */
export async function circle(p: Page, context: string, length = context.length, body = 'proof-body'): Promise<void> {
  const a = await charBox(p, context, 0, body);
  const b = await charBox(p, context, length - 1, body);
  await p.mouse.move(a.left + 1, a.y);
  await p.mouse.down();
  await p.mouse.move(b.right - 1, b.y, { steps: 4 });
  await p.mouse.up();
}

/** Click just before the first character of `needle`: a caret for 增补 / 另起段. */
export async function caretBefore(p: Page, needle: string): Promise<void> {
  const a = await charBox(p, needle, 0);
  await p.mouse.click(a.left + 1, a.y);
}

export async function actAs(p: Page, label: string): Promise<void> {
  await p.getByTestId('user-switcher').click();
  await p.locator('.ant-dropdown-menu-item').filter({ hasText: label }).click();
  await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain(label.replace('（', ' · ').replace('）', ''));
}

export async function mark(p: Page, kind: string, replacement?: string): Promise<void> {
  const before = await p.getByTestId('correction-item').count();
  await p.getByTestId(`mark-kind-${kind}`).click();
  if (replacement !== undefined) await p.getByTestId('mark-replacement').fill(replacement);
  await p.getByTestId('mark-submit').click();
  await expect.poll(() => p.getByTestId('correction-item').count()).toBe(before + 1);
}

/** Tick the correction whose change shows `original` (not its context, which may hold the same text). */
export async function check(p: Page, original: string): Promise<void> {
  await p.getByTestId('correction-item').filter({ has: p.getByTestId('correction-change').filter({ hasText: original }) }).getByTestId('correction-check').click();
}

export const bodyText = (p: Page) => p.getByTestId('proof-body').locator('[data-testid=proof-para]').allTextContents();

export async function shot(p: Page, name: string): Promise<void> {
  if (SHOTS) await p.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}
