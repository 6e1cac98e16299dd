import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCli, type CliProcess } from './cli-process';
import { storeArgs, type StoreOptions } from './test-engine';

const READY = /^newsroom: (http):\/\/127\.0\.0\.1:(\d+)\/$/;

/**
 * A real `banxin server` process on the loopback (plain HTTP, a free port) over the test store, serving a
 * one-line page from `dir/static` in place of the built renderer. `env` adds variables such as
 * BANXIN_EDIT_LEASE_MS.
 */
export async function startLoopbackServer(dir: string, store: StoreOptions, env: Record<string, string> = {}): Promise<{ server: CliProcess; origin: string; port: number }> {
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>版心</title>');
  const server = await startCli(['server', ...storeArgs(store), '--host', '127.0.0.1', '--port', '0'], READY, { BANXIN_RENDERER_DIR: staticDir, ...env });
  const port = Number(server.ready[2]);
  return { server, origin: `http://127.0.0.1:${port}`, port };
}

/** Stop it the way a service manager would (SIGTERM), if it is still running. */
export async function stopServer(server: CliProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}
