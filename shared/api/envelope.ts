import type { ApiError } from './errors';

/** What every transport carries back for one call. Exceptions never cross a transport. */
export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: ApiError };

/** A request frame on the WebSocket / IPC transports. */
export interface RequestFrame {
  id: number;
  method: string;
  params: unknown;
}

export interface ResponseFrame {
  id: number;
  envelope: Envelope;
}

export interface EventFrame {
  event: string;
  payload: unknown;
}
