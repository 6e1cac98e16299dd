import type { UploadKind } from '../../../shared/api/upload-limits';
import { assertUploadSize } from './upload-size';

/**
 * Bytes to and from base64, as files travel through the contract (no channel takes a path).
 * Encoded in slices: a whole photo or font at once would overflow the argument list.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A chosen file's bytes as base64, for a contract call; a file over its kind's limit is refused first. */
export async function fileToBase64(file: File, kind: UploadKind): Promise<string> {
  assertUploadSize(file, kind);
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
