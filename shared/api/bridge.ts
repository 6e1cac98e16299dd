import type { Envelope } from './envelope';

/** Channel names of the Electron IPC transport: one for calls, one for events. */
export const IPC_INVOKE_CHANNEL = 'banxin:invoke';
export const IPC_EVENT_CHANNEL = 'banxin:event';

/**
 * What the preload exposes on `window.banxin`: exactly one call function and one event
 * subscription, never a generic send/on.
 */
export interface BanxinBridge {
  invoke(method: string, params: unknown): Promise<Envelope>;
  onEvent(listener: (event: string, payload: unknown) => void): () => void;
}
