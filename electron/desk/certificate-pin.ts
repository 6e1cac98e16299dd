import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { connect } from 'node:tls';
import { parseServerAddress } from './server-address';

/** SHA-256 of the certificate (DER, or PEM whose first certificate counts), as `AB:CD:…` — the form the desk pins. */
export function certificateFingerprint(cert: Buffer | string): string {
  return new X509Certificate(cert).fingerprint256.toUpperCase();
}

export interface PresentedCertificate {
  fingerprint: string;
  subject: string;
  validTo: string;
}

export class ServerUnreachableError extends Error {
  override readonly name = 'ServerUnreachableError';
}

/** The pinned certificate is not the one the server presents: refuse, naming both. */
export class PinMismatchError extends Error {
  override readonly name = 'PinMismatchError';
  constructor(
    readonly serverUrl: string,
    readonly pinned: string,
    readonly presented: string,
  ) {
    super(`编辑部服务器的证书已改变，拒绝连接 / the newsroom server's certificate has changed, refusing to connect: ${serverUrl}\n已信任 / pinned:    ${pinned}\n现出示 / presented: ${presented}`);
  }
}

const PROBE_TIMEOUT_MS = 8_000;

/**
 * Open a TLS connection to the server and read the certificate it presents, without trusting it
 * yet: the desk decides by fingerprint (pinned on first use, as SSH does), since a newsroom's
 * server usually has a self-signed certificate no authority vouches for. Nothing is sent.
 */
export function readServerCertificate(serverUrl: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<PresentedCertificate> {
  const address = parseServerAddress(serverUrl);
  if (!address.ok) return Promise.reject(new ServerUnreachableError(address.message));
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: address.host,
      port: address.port,
      // SNI takes host names only; an address is sent without it.
      ...(isIP(address.host) === 0 ? { servername: address.host } : {}),
      // Chain and name are not what decides here: the fingerprint is (see checkPinnedServer).
      rejectUnauthorized: false,
      timeout: timeoutMs,
    });
    const fail = (why: string): void => {
      socket.destroy();
      reject(new ServerUnreachableError(`无法连接编辑部服务器 / cannot reach the newsroom server ${address.url}: ${why}`));
    };
    socket.once('timeout', () => fail('timed out'));
    socket.once('error', (err) => fail(err.message));
    socket.once('secureConnect', () => {
      const peer = socket.getPeerCertificate(false);
      socket.end();
      if (!peer || !peer.raw) return fail('no certificate presented');
      const x = new X509Certificate(peer.raw);
      resolve({ fingerprint: x.fingerprint256.toUpperCase(), subject: x.subject.replace(/\n/g, ', '), validTo: x.validTo });
    });
  });
}

/**
 * The check every start of a server-mode desk makes before showing the server's pages: the
 * presented certificate must be exactly the pinned one. Throws PinMismatchError (naming both
 * fingerprints) or ServerUnreachableError; resolves with the certificate when it matches.
 */
export async function checkPinnedServer(serverUrl: string, pinned: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<PresentedCertificate> {
  const presented = await readServerCertificate(serverUrl, timeoutMs);
  if (presented.fingerprint !== pinned.toUpperCase()) throw new PinMismatchError(serverUrl, pinned, presented.fingerprint);
  return presented;
}
