import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

// Hostile copy pasted from the web: under the production CSP nothing in it may run, load or
// navigate — it reaches the core as text to sanitise and comes back as plain paragraphs.
const HOSTILE = [
  '<p>市委召开全会<img src=x onerror="window.__pwned=1"></p>',
  '<script>window.__pwned=2</script>',
  '<p><a href="javascript:window.__pwned=3">点这里</a>部署重点工作</p>',
  '<iframe src="https://evil.example/"></iframe>',
  '<p style="background:url(https://evil.example/track.png)">凝聚共识<svg onload="window.__pwned=4"></svg></p>',
  '<style>body{display:none}</style><p>擂响战鼓</p>',
].join('');

describe('hostile paste under the production CSP', () => {
  let h: RunningApp;
  const requests: string[] = [];
  beforeAll(async () => {
    h = await startApp();
    h.page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('executes nothing, loads nothing from outside, and imports only the text', async () => {
    const p = h.page;
    await p.getByTestId('library-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('paste-button').click();
    const area = p.getByTestId('paste-text');
    await area.focus();
    // A real paste event carrying both flavours, as Word or a browser puts them on the clipboard.
    await area.evaluate((el, html) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', '剪贴板纯文本');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, HOSTILE);
    // The textarea shows the plain flavour; the structure comes from the HTML flavour.
    await area.fill('剪贴板纯文本');
    await p.getByTestId('paste-preview').click();
    await p.getByTestId('import-preview').waitFor();
    await p.getByTestId('import-commit').click();
    await p.getByTestId('import-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => p.getByTestId('story-headline').count()).toBe(1);
    await p.getByTestId('story-headline').first().click();
    await p.getByTestId('editor-view').waitFor();
    await p.waitForTimeout(500);

    expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
    const session = h.core.openSession('in-process');
    const list = await session.call('stories.list', {});
    expect(list.ok).toBe(true);
    const id = (list as { ok: true; result: { items: Array<{ id: number }> } }).result.items[0]!.id;
    const story = (await session.call('stories.get', { id })) as { ok: true; result: { content: unknown } };
    const stored = JSON.stringify(story.result.content);
    for (const bad of ['<', 'onerror', 'javascript:', 'script', 'evil.example', 'iframe']) expect(stored).not.toContain(bad);
    expect(stored).toContain('擂响战鼓'); // only in the HTML flavour: the HTML path was taken
    expect(h.problems.filter((m) => !/favicon/.test(m))).toEqual([]);
  });
});
