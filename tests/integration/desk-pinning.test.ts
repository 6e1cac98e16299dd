import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintGroups } from '../../shared/api/desk-bridge';
import { certificateFingerprint, checkPinnedServer, PinMismatchError, ServerUnreachableError } from '../../electron/desk/certificate-pin';
import { createDeskChooser, noticeForFailedCheck } from '../../electron/desk/desk-chooser';
import { loadProfile, PROFILE_FILE, type DeskProfile } from '../../electron/desk/desk-profile';
import { startCli, type CliProcess } from '../support/cli-process';
import { hasOpenssl, selfSignedCert } from '../support/self-signed-cert';

/**
 * Issue #14 item 2: a desk pins the newsroom server's certificate on first use, as SSH does.
 * A real `banxin server` over TLS with a certificate made here; then the same server restarted
 * on the same port with another certificate, as a machine in the middle (or a careless renewal)
 * would present. The desk side is the real chooser and check, with a real profile folder.
 */
const dir = mkdtempSync(join(tmpdir(), 'banxin-desk-pin-'));
const staticDir = join(dir, 'static');
const profileDir = join(dir, 'desk');
const dbPath = join(dir, 'server', 'banxin.db');
const READY = /^newsroom: (https):\/\/127\.0\.0\.1:(\d+)\/$/;
let certA: ReturnType<typeof selfSignedCert>;
let certB: ReturnType<typeof selfSignedCert>;
let fpA: string;
let fpB: string;
let cli: CliProcess | null = null;
let url: string;
let port: number;

beforeAll(() => {
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>版心</title></head><body></body></html>');
  if (!hasOpenssl) return;
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  certA = selfSignedCert(join(dir, 'a'));
  certB = selfSignedCert(join(dir, 'b'));
  fpA = certificateFingerprint(certA.cert);
  fpB = certificateFingerprint(certB.cert);
});
afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

async function start(cert: { certFile: string; keyFile: string }, onPort = 0): Promise<void> {
  cli = await startCli(['server', '--db', dbPath, '--host', '127.0.0.1', '--port', String(onPort), '--tls-cert', cert.certFile, '--tls-key', cert.keyFile], READY, { BANXIN_RENDERER_DIR: staticDir });
  port = Number(cli.ready[2]);
  url = `https://127.0.0.1:${port}/`;
}
async function stop(): Promise<void> {
  if (cli && cli.child.exitCode === null) {
    cli.child.kill('SIGTERM');
    await cli.exited;
  }
  cli = null;
}

function chooser(chosen: DeskProfile[] = []) {
  return createDeskChooser({ folder: profileDir, notice: { kind: 'first-start' }, onChosen: (p) => chosen.push(p) });
}

describe.skipIf(!hasOpenssl)('desk certificate pinning against a real banxin server', () => {
  it('the server prints its certificate fingerprint on stderr, grouped as the desk shows it', async () => {
    expect(fpA).not.toBe(fpB);
    await start(certA);
    // stderr is its own pipe: the line may land just after the ready line on stdout.
    await expect.poll(() => cli!.stderr()).toContain(`certificate SHA-256: ${fingerprintGroups(fpA).join(' ')}`);
  });

  it('first connection: the chooser reads the certificate, and trusting it pins it in a 0600 profile', async () => {
    const chosen: DeskProfile[] = [];
    const c = chooser(chosen);
    const probed = await c.probe(`127.0.0.1:${port}`);
    expect(probed).toMatchObject({ ok: true, serverUrl: url, fingerprint: fpA, pinned: 'new', pinnedFingerprint: null });
    expect(await c.trust(`127.0.0.1:${port}`, fpA)).toEqual({ ok: true, serverUrl: url });
    expect(chosen).toEqual([expect.objectContaining({ mode: 'server', serverUrl: url, fingerprint: fpA })]);
    const loaded = loadProfile(profileDir);
    expect(loaded).toMatchObject({ kind: 'ok', profile: { mode: 'server', serverUrl: url, fingerprint: fpA } });
    if (process.platform !== 'win32') expect(statSync(join(profileDir, PROFILE_FILE)).mode & 0o777).toBe(0o600);
  });

  it('a later start with the same certificate passes the check', async () => {
    await expect(checkPinnedServer(url, fpA)).resolves.toMatchObject({ fingerprint: fpA });
    expect(await chooser().probe(url)).toMatchObject({ ok: true, pinned: 'same', pinnedFingerprint: fpA });
  });

  it('the same server restarted with another certificate is refused, naming both fingerprints', async () => {
    await stop();
    await start(certB, port);
    const err = await checkPinnedServer(url, fpA).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PinMismatchError);
    expect((err as Error).message).toContain(fpA);
    expect((err as Error).message).toContain(fpB);
    expect(noticeForFailedCheck(url, err)).toEqual({ kind: 'mismatch', serverUrl: url, pinned: fpA, presented: fpB });
    // The chooser, asked again, shows the change rather than a fresh first use.
    expect(await chooser().probe(url)).toMatchObject({ ok: true, fingerprint: fpB, pinned: 'changed', pinnedFingerprint: fpA });
  });

  it('trusting the old fingerprint against the new certificate saves nothing', async () => {
    const chosen: DeskProfile[] = [];
    const r = await chooser(chosen).trust(url, fpA);
    expect(r).toMatchObject({ ok: false, reason: 'changed' });
    expect(chosen).toEqual([]);
    expect(loadProfile(profileDir)).toMatchObject({ kind: 'ok', profile: { fingerprint: fpA } });
  });

  it('an explicit re-trust of the new fingerprint updates the pin; the old one is then refused', async () => {
    const before = JSON.parse(readFileSync(join(profileDir, PROFILE_FILE), 'utf8')) as { pinnedAt: string };
    expect(await chooser().trust(url, fpB)).toEqual({ ok: true, serverUrl: url });
    const after = loadProfile(profileDir);
    expect(after).toMatchObject({ kind: 'ok', profile: { mode: 'server', serverUrl: url, fingerprint: fpB } });
    expect((after as { profile: { pinnedAt: string } }).profile.pinnedAt >= before.pinnedAt).toBe(true);
    await expect(checkPinnedServer(url, fpB)).resolves.toMatchObject({ fingerprint: fpB });
    await expect(checkPinnedServer(url, fpA)).rejects.toBeInstanceOf(PinMismatchError);
  });

  it('a server that is down is unreachable, not a mismatch', async () => {
    await stop();
    const err = await checkPinnedServer(url, fpB, 3_000).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ServerUnreachableError);
    expect(noticeForFailedCheck(url, err)).toMatchObject({ kind: 'unreachable', serverUrl: url });
    expect(await chooser().probe(url)).toMatchObject({ ok: false, reason: 'unreachable' });
  });
});
