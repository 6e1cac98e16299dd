import { z } from 'zod';

/**
 * The desk chooser's bridge (单机使用 or 连接编辑部服务器): what the Electron preload exposes on
 * `window.banxinDesk` and the IPC messages behind it. No message carries a file path: the local
 * file is the one the main process already knows; the UI only ever names a server address.
 */
export const DESK_CHANNELS = {
  state: 'banxin-desk:state',
  probe: 'banxin-desk:probe',
  trust: 'banxin-desk:trust',
  useLocal: 'banxin-desk:use-local',
} as const;

/** A SHA-256 certificate fingerprint as the desk stores and compares it: 32 bytes, upper-case hex, colons. */
export const FINGERPRINT_RE = /^[0-9A-F]{2}(?::[0-9A-F]{2}){31}$/;
export const fingerprintSchema = z.string().regex(FINGERPRINT_RE);

/** What the person typed as the server's address (normalised and checked by the main process). */
export const serverAddressSchema = z.string().trim().min(1).max(300);

export const probeRequestSchema = z.object({ address: serverAddressSchema }).strict();
/** Trust = pin this fingerprint for this server; the main process re-reads the certificate and refuses if it is not this one. */
export const trustRequestSchema = z.object({ address: serverAddressSchema, fingerprint: fingerprintSchema }).strict();
export const emptyRequestSchema = z.object({}).strict();

/** Why the chooser is shown: first start, switching, or a problem the person must see. */
export type DeskNotice =
  | { kind: 'first-start' }
  | { kind: 'switching' }
  | { kind: 'damaged-profile'; keptAs: string }
  | { kind: 'mismatch'; serverUrl: string; pinned: string; presented: string }
  | { kind: 'unreachable'; serverUrl: string; message: string };

export interface DeskState {
  notice: DeskNotice;
  /** The remembered choice, to prefill the form. */
  current: { mode: 'local' } | { mode: 'server'; serverUrl: string; fingerprint: string } | null;
}

export type ProbeResult =
  | { ok: true; serverUrl: string; fingerprint: string; subject: string; validTo: string; pinned: 'same' | 'new' | 'changed'; pinnedFingerprint: string | null }
  | { ok: false; reason: 'invalid-address' | 'not-https' | 'unreachable'; message: string };

export type TrustResult =
  | { ok: true; serverUrl: string }
  | { ok: false; reason: 'invalid-address' | 'not-https' | 'unreachable' | 'changed' | 'forbidden'; message: string };

export interface DeskBridge {
  state(): Promise<DeskState>;
  probe(address: string): Promise<ProbeResult>;
  trust(address: string, fingerprint: string): Promise<TrustResult>;
  useLocal(): Promise<{ ok: true }>;
}

/**
 * A fingerprint for people to compare: bytes in pairs of hex digits joined by colons, four bytes
 * to a group. Shown with a space between groups and no break inside one, it never wraps mid-byte.
 */
export function fingerprintGroups(fingerprint: string): string[] {
  const bytes = fingerprint.split(':');
  const groups: string[] = [];
  for (let i = 0; i < bytes.length; i += 4) groups.push(bytes.slice(i, i + 4).join(':'));
  return groups;
}
