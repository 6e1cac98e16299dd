import type { DeskNotice, DeskState, ProbeResult, TrustResult } from '../../shared/api/desk-bridge';
import { PinMismatchError, readServerCertificate, ServerUnreachableError } from './certificate-pin';
import { loadProfile, saveProfile, type DeskProfile } from './desk-profile';
import { parseServerAddress } from './server-address';

export interface DeskChooserOptions {
  /** The user-data folder the profile lives in. */
  folder: string;
  notice: DeskNotice;
  /** Called once a choice is saved: the shell closes the chooser and starts that mode. */
  onChosen(profile: DeskProfile): void;
  now?: () => Date;
}

/**
 * What the chooser page may ask of the main process, whatever carries the messages (Electron IPC
 * in the app, a test's binding in Chromium). Only a server address and a fingerprint come in;
 * the fingerprint is pinned only if the server presents that very certificate at that moment.
 */
export interface DeskChooser {
  state(): DeskState;
  probe(address: string): Promise<ProbeResult>;
  trust(address: string, fingerprint: string): Promise<TrustResult>;
  useLocal(): { ok: true };
}

export function createDeskChooser(opts: DeskChooserOptions): DeskChooser {
  const now = opts.now ?? (() => new Date());
  const remembered = (): DeskProfile | null => {
    const loaded = loadProfile(opts.folder, now);
    return loaded.kind === 'ok' ? loaded.profile : null;
  };
  let done = false;
  const choose = (profile: DeskProfile): void => {
    saveProfile(opts.folder, profile);
    if (!done) {
      done = true;
      opts.onChosen(profile);
    }
  };
  return {
    state() {
      const p = remembered();
      const current = p === null ? null : p.mode === 'local' ? { mode: 'local' as const } : { mode: 'server' as const, serverUrl: p.serverUrl, fingerprint: p.fingerprint };
      return { notice: opts.notice, current };
    },
    async probe(address) {
      const parsed = parseServerAddress(address);
      if (!parsed.ok) return { ok: false, reason: parsed.reason, message: parsed.message };
      try {
        const cert = await readServerCertificate(parsed.url);
        const p = remembered();
        const pinnedFingerprint = p?.mode === 'server' && p.serverUrl === parsed.url ? p.fingerprint : null;
        const pinned = pinnedFingerprint === null ? 'new' : pinnedFingerprint === cert.fingerprint ? 'same' : 'changed';
        return { ok: true, serverUrl: parsed.url, fingerprint: cert.fingerprint, subject: cert.subject, validTo: cert.validTo, pinned, pinnedFingerprint };
      } catch (err) {
        return { ok: false, reason: 'unreachable', message: err instanceof Error ? err.message : String(err) };
      }
    },
    async trust(address, fingerprint) {
      const parsed = parseServerAddress(address);
      if (!parsed.ok) return { ok: false, reason: parsed.reason, message: parsed.message };
      let presented: string;
      try {
        presented = (await readServerCertificate(parsed.url)).fingerprint;
      } catch (err) {
        return { ok: false, reason: 'unreachable', message: err instanceof Error ? err.message : String(err) };
      }
      // The person compared and accepted `fingerprint`; a different certificate now is not what they accepted.
      if (presented !== fingerprint) return { ok: false, reason: 'changed', message: new PinMismatchError(parsed.url, fingerprint, presented).message };
      choose({ version: 1, mode: 'server', serverUrl: parsed.url, fingerprint, pinnedAt: now().toISOString() });
      return { ok: true, serverUrl: parsed.url };
    },
    useLocal() {
      choose({ version: 1, mode: 'local' });
      return { ok: true };
    },
  };
}

/** The notice for a server-mode start whose check failed. */
export function noticeForFailedCheck(serverUrl: string, err: unknown): DeskNotice {
  if (err instanceof PinMismatchError) return { kind: 'mismatch', serverUrl, pinned: err.pinned, presented: err.presented };
  const message = err instanceof ServerUnreachableError || err instanceof Error ? err.message : String(err);
  return { kind: 'unreachable', serverUrl, message };
}
