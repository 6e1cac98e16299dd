import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { rendererDist } from '../../electron/core/app-root';
import { createCore, type Core } from '../../electron/core/create-core';
import { startWebHost, type WebHost } from '../../electron/host/web-host';

export const CHROMIUM = process.env.BANXIN_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that let Debian's Chromium run as root in a closed network without flooding it. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-features=Translate', '--lang=zh-CN',
];

export interface RunningApp {
  page: Page;
  context: BrowserContext;
  core: Core;
  host: WebHost;
  url: string;
  dir: string;
  dbPath: string;
  /** Console errors and CSP violations seen in the page. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * The real app in browser mode: the core over a fresh SQLite file, the loopback web host serving
 * the built renderer (`npm run build` first), and Debian's Chromium driving it.
 */
export async function startApp(opts: { dbPath?: string; viewport?: { width: number; height: number } } = {}): Promise<RunningApp> {
  if (!existsSync(join(rendererDist(), 'index.html'))) throw new Error('renderer not built: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'banxin-e2e-'));
  const dbPath = opts.dbPath ?? join(dir, 'banxin.db');
  const core = createCore({ dbPath });
  const host = await startWebHost({ core, staticDir: rendererDist() });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(host.url);
  return {
    page, context, core, host, url: host.url, dir, dbPath, problems,
    async close() {
      await context.close();
      await host.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
