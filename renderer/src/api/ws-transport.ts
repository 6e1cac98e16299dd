import type { Envelope, EventFrame, RequestFrame, ResponseFrame } from '../../../shared/api/envelope';
import { apiError } from '../../../shared/api/errors';

/** The minimal WebSocket surface the transport needs (the browser's, or a test double). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

export interface WsTransportOptions {
  url: string;
  /** Opens a socket; defaults to the browser's WebSocket. */
  open?: (url: string) => SocketLike;
  onEvent: (event: string, payload: unknown) => void;
  /** Called after every (re)connection; the server keeps one session per socket, so the user is set again here. */
  onConnect?: () => void;
  /** First reconnect delay; doubles up to 5 s. */
  retryMs?: number;
  /** The link's state, for the status bar: a dropped socket must not go unnoticed while it retries. */
  onState?: (state: ConnectionState) => void;
}

/** connecting: before the first open; open: calls go through; lost: dropped, retrying (calls wait). */
export type ConnectionState = 'connecting' | 'open' | 'lost';

export interface WsTransport {
  call(method: string, params: unknown): Promise<Envelope>;
  close(): void;
}

const OPEN = 1;

/**
 * The browser-mode transport: request frames with ids over one WebSocket, responses matched by id,
 * event frames dispatched. Calls made while disconnected wait for the reconnect; calls in flight
 * when the socket drops fail with INTERNAL, because we cannot know whether the core ran them.
 */
export function createWsTransport(opts: WsTransportOptions): WsTransport {
  const open = opts.open ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
  const pending = new Map<number, (env: Envelope) => void>();
  let queue: RequestFrame[] = [];
  let nextId = 1;
  let socket: SocketLike | null = null;
  let closed = false;
  let delay = opts.retryMs ?? 250;
  let state: ConnectionState = 'connecting';
  const setState = (next: ConnectionState): void => {
    if (next === state) return;
    state = next;
    opts.onState?.(next);
  };

  const connect = (): void => {
    const s = open(opts.url);
    socket = s;
    s.onopen = () => {
      delay = opts.retryMs ?? 250;
      setState('open');
      // onConnect first: it re-establishes the session before queued calls run.
      opts.onConnect?.();
      const waiting = queue;
      queue = [];
      for (const frame of waiting) s.send(JSON.stringify(frame));
    };
    s.onmessage = (ev) => {
      let frame: Partial<ResponseFrame & EventFrame>;
      try {
        frame = JSON.parse(String(ev.data)) as Partial<ResponseFrame & EventFrame>;
      } catch {
        return;
      }
      if (typeof frame.event === 'string') return opts.onEvent(frame.event, frame.payload);
      if (typeof frame.id === 'number' && frame.envelope) {
        const resolve = pending.get(frame.id);
        pending.delete(frame.id);
        resolve?.(frame.envelope);
      }
    };
    s.onclose = () => {
      const sent = new Set(queue.map((f) => f.id));
      for (const [id, resolve] of pending) {
        if (sent.has(id)) continue;
        pending.delete(id);
        resolve({ ok: false, error: { ...apiError('INTERNAL'), details: 'connection lost' } });
      }
      if (closed) return;
      if (state === 'open') setState('lost');
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
  };
  connect();

  return {
    call(method, params) {
      const frame: RequestFrame = { id: nextId++, method, params };
      return new Promise<Envelope>((resolve) => {
        pending.set(frame.id, resolve);
        if (socket && socket.readyState === OPEN) socket.send(JSON.stringify(frame));
        else queue.push(frame);
      });
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
