import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintGroups } from '../../shared/api/desk-bridge';
import { rendererDist } from '../core/app-root';
import { certificateFingerprint } from '../desk/certificate-pin';
import { createCore } from '../core/create-core';
import { startNewsroomServer } from '../server/newsroom-server';
import { isLoopback, parseServerArgs } from '../server/server-options';
import { prepareDataFolder } from '../store/private-files';
import type { CliIo } from './io';
import { postgresSettings } from '../store/postgres-config';
import type { PgConnectionConfig } from '../store/engine/pg-protocol';

/**
 * `server --db PATH [--pg URL [--pg-password-file F]] [--host ADDR] [--port N] [--tls-cert F --tls-key F] [--insecure-http]`: the
 * newsroom server. Prints exactly one line on stdout, `newsroom: URL`, once it takes connections
 * (what a service manager or a script waits for); everything else goes to stderr, the TLS
 * certificate's SHA-256 fingerprint among it (desks pin it on first use). SIGTERM or
 * SIGINT: stop taking connections, answer every call already received, back up, close.
 */
export async function serverCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseServerArgs(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.zh}\n${parsed.en}\n`);
    return 2;
  }
  const o = parsed.options;
  const staticDir = rendererDist();
  if (!existsSync(join(staticDir, 'index.html'))) {
    io.stderr('界面尚未构建，请先运行 npm run build。/ The UI is not built yet: run `npm run build` first.\n');
    return 1;
  }
  let tls: { cert: Buffer; key: Buffer } | null = null;
  if (o.tls) {
    try {
      tls = { cert: readFileSync(o.tls.certFile), key: readFileSync(o.tls.keyFile) };
    } catch (err) {
      io.stderr(`无法读取证书或私钥 / cannot read the certificate or key: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
  }
  prepareDataFolder(o.dbPath, null);
  let postgres: PgConnectionConfig | undefined;
  if (o.pg) {
    const settings = postgresSettings(o.pg.url, process.env, o.pg.passwordFile);
    if (!settings.ok) {
      io.stderr(`${settings.zh}\n${settings.en}\n`);
      return 2;
    }
    postgres = settings.config;
    io.stderr(`数据库 / database: PostgreSQL ${settings.display}\n`);
  }
  let core;
  try {
    core = createCore({ dbPath: o.dbPath, ...(postgres ? { postgres } : {}), ...editLease(io), log: (m, e) => io.stderr(`${m}: ${e instanceof Error ? e.stack : String(e)}\n`) });
  } catch (err) {
    if (!postgres) throw err;
    io.stderr(`无法打开 PostgreSQL 数据库 / cannot open the PostgreSQL database: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  let server;
  try {
    server = await startNewsroomServer({ core, staticDir, host: o.host, port: o.port, tls, insecureHttp: o.insecureHttp, log: (line) => io.stderr(`${line}\n`) });
  } catch (err) {
    core.close();
    io.stderr(`无法在 ${o.host}:${o.port} 上监听 / cannot listen on ${o.host}:${o.port}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  if (tls) {
    // What an admin reads out to the desks: the fingerprint their chooser shows and pins, grouped the same way.
    io.stderr(`证书指纹 / certificate SHA-256: ${fingerprintGroups(certificateFingerprint(tls.cert)).join(' ')}\n`);
  }
  if (o.insecureHttp && !isLoopback(o.host)) {
    io.stderr('警告：未加密的 HTTP，网络上的任何人都能读到稿件与密码。/ WARNING: plain HTTP; anyone on the network can read stories and passwords.\n');
  }
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  io.stdout(`newsroom: ${server.url}\n`);
  await stop;
  await server.close();
  await core.quit();
  return 0;
}

/**
 * The edit lease's life without renewal: 5 minutes, or BANXIN_EDIT_LEASE_MS (a newsroom that wants
 * a longer grace for flaky Wi-Fi; tests that watch a lease lapse in seconds).
 */
function editLease(io: CliIo): { editLeaseMs?: number } {
  const text = process.env.BANXIN_EDIT_LEASE_MS;
  if (text === undefined || text === '') return {};
  const ms = Number(text);
  if (Number.isInteger(ms) && ms >= 1_000) return { editLeaseMs: ms };
  io.stderr(`BANXIN_EDIT_LEASE_MS 无效（至少 1000）/ invalid, at least 1000: ${text}; using 5 minutes\n`);
  return {};
}
