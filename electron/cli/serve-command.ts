import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { rendererDist } from '../core/app-root';
import { startWebHost } from '../host/web-host';
import { takeFlag, takeOption, type CliIo } from './io';
import { openCliCore } from './open-core';

/**
 * `serve [--port N] [--db PATH] [--no-open]`: browser mode. The loopback web host serves the built
 * renderer and the contract; the URL with its token is printed (to this terminal only) and, where
 * there is one, the system browser is opened with a one-time code in its place. Runs until interrupted.
 */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const noOpen = takeFlag(args, '--no-open') || process.env.CI === 'true';
  const port = Number(takeOption(args, '--port') ?? process.env.BANXIN_PORT ?? 0);
  const staticDir = rendererDist();
  if (!existsSync(join(staticDir, 'index.html'))) {
    io.stderr('界面尚未构建，请先运行 npm run build。/ The UI is not built yet: run `npm run build` first.\n');
    return 1;
  }
  const { core, dbPath } = await openCliCore(args);
  const host = await startWebHost({ core, staticDir, port });
  io.stdout(`版心 浏览器模式 / Banxin browser mode\n数据库 / database: ${dbPath}\n打开 / open: ${host.url}\n`);
  // The browser gets a one-time code, never the token: a command line is visible to every local account.
  if (!noOpen) openBrowser(host.openUrl());
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  core.close();
  return 0;
}

function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(cmd, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined); // no browser here: the printed URL is enough
    child.unref();
  } catch {
    // Same: opening a browser is a convenience only.
  }
}
