import type { WebSocket } from 'ws';
import { apiError } from '../../shared/api/errors';
import type { Envelope, EventFrame, ResponseFrame } from '../../shared/api/envelope';
import type { Core, SessionOptions } from '../core/create-core';

/** Calls received and not yet answered, across every socket of one host: what a clean shutdown waits for. */
export class InFlight {
  private count = 0;
  private waiters: Array<() => void> = [];
  private lastActivity = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get size(): number {
    return this.count;
  }

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    this.lastActivity = this.now();
    try {
      return await work();
    } finally {
      this.count--;
      this.lastActivity = this.now();
      if (this.count === 0) for (const w of this.waiters.splice(0)) w();
    }
  }

  /** Resolves once nothing is in flight (at once when idle). */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Resolves once nothing has been in flight, and no call has started or ended, for `quietMs`
   * (or after `maxMs` in all). A shutdown waits for this: a desk's frames already on the wire
   * (a large one arrives in many reads) are still received and answered, then the sockets close.
   */
  async quiet(quietMs: number, maxMs: number): Promise<void> {
    const start = this.now();
    const deadline = start + maxMs;
    for (;;) {
      await this.idle();
      // Quiet since the shutdown began, too: a frame already on the wire may not have been read yet.
      const wait = Math.max(this.lastActivity, start) + quietMs - this.now();
      if (wait <= 0 || this.now() >= deadline) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, deadline - this.now())));
    }
  }
}

/** How long a desk gets to answer our close before its socket is cut (the calls are already answered). */
const CLOSE_GRACE_MS = 2_000;
/** A shutdown answers calls until none has started or ended for this long (bounded by DRAIN_MAX_MS). */
const DRAIN_QUIET_MS = 300;
const DRAIN_MAX_MS = 30_000;

/**
 * How a host stops its sockets: calls keep being answered until the desks have been quiet for a
 * moment (frames already on the wire when the signal came are received — a large one takes many
 * reads — and answered), then each socket is closed with 1001 and cut if the peer does not answer.
 */
export async function drainSockets(clients: Set<WebSocket>, inFlight: InFlight): Promise<void> {
  await inFlight.quiet(DRAIN_QUIET_MS, DRAIN_MAX_MS);
  for (const ws of clients) ws.close(1001, 'server shutting down');
  await Promise.race([
    Promise.all([...clients].map((ws) => new Promise((resolve) => ws.once('close', resolve)))),
    new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref()),
  ]);
  for (const ws of clients) ws.terminate();
}

const malformed = (): Envelope => ({ ok: false, error: apiError('VALIDATION', [{ path: '', message: 'malformed frame' }]) });

/**
 * One WebSocket = one core session. Frames are validated; nothing thrown reaches the socket, and
 * nothing a client sends can take the process down: a protocol error (a frame over the size limit,
 * bad UTF-8, a reserved opcode) closes that socket only — an 'error' event without a listener
 * would be thrown by Node and end the whole host.
 */
export function serveSocket(
  core: Core,
  ws: WebSocket,
  opts: { inFlight?: InFlight; session?: SessionOptions; onError?: (err: Error) => void } = {},
): { readonly userId: number | null } {
  const session = core.openSession('websocket', opts.session);
  const inFlight = opts.inFlight ?? new InFlight();
  const unsubscribe = core.onEvent((event, payload) => {
    // Events name stories and pages: a newsroom socket hears them only once someone signed in on it.
    if (session.state.requireSignIn && session.state.userId === null) return;
    const frame: EventFrame = { event, payload };
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  });
  ws.on('close', () => {
    unsubscribe();
    session.close();
  });
  ws.on('error', (err) => {
    opts.onError?.(err);
    // ws has already begun the close handshake with the matching status (1009 too big, 1002
    // protocol error, 1007 bad text); make sure the socket goes even if the peer never answers it.
    if (ws.readyState !== ws.CLOSED) ws.terminate();
  });
  ws.on('message', (data) => {
    void inFlight.track(async () => {
      let frame: unknown;
      try {
        frame = JSON.parse(data.toString());
      } catch {
        frame = null;
      }
      const f = frame as { id?: unknown; method?: unknown; params?: unknown } | null;
      const id = typeof f?.id === 'number' && Number.isSafeInteger(f.id) ? f.id : -1;
      let envelope: Envelope;
      try {
        envelope = f && typeof f === 'object' && id >= 0 && typeof f.method === 'string' ? await session.call(f.method, f.params) : malformed();
      } catch (err) {
        // Validation itself can throw on hostile shapes (a stack overflow on deep nesting): still an answer, never a crash.
        opts.onError?.(err instanceof Error ? err : new Error(String(err)));
        envelope = err instanceof RangeError ? malformed() : { ok: false, error: apiError('INTERNAL') };
      }
      const response: ResponseFrame = { id, envelope };
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(response));
    });
  });
  // Who this socket acts as, read live (the newsroom server lets a signed-in socket's page fetch fonts).
  return session.state;
}
