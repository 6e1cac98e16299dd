import type { BanxinBridge } from '../../../shared/api/bridge';
import { createClient, type Client, type Transport } from '../../../shared/api/client';
import type { EventName, EventPayload } from '../../../shared/api/contract';
import { create } from 'zustand';
import { createWsTransport, type ConnectionState } from './ws-transport';

declare global {
  interface Window {
    /** Present only in the Electron window (set by the preload). */
    banxin?: BanxinBridge;
  }
}

type AnyListener = (event: string, payload: unknown) => void;

const listeners = new Set<AnyListener>();
const connectHooks = new Set<() => void>();
const unauthenticatedHooks = new Set<(reason: string) => void>();
const dispatchEvent: AnyListener = (event, payload) => {
  for (const l of listeners) l(event, payload);
};

/**
 * The WebSocket endpoint of the web host, carrying the page's token when the address has one;
 * otherwise the HttpOnly cookie does (a browser we opened traded a one-time code for it; a
 * newsroom server has no token at all).
 */
export function apiUrl(loc: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const token = new URLSearchParams(loc.search).get('token');
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${loc.host}/api${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}

/** The link to the core as the status bar shows it. IPC cannot drop, so Electron stays 'open'. */
export const useConnection = create<{ state: ConnectionState; drops: number }>(() => ({ state: 'open', drops: 0 }));

function selectTransport(): Transport {
  const bridge = window.banxin;
  if (bridge) {
    bridge.onEvent(dispatchEvent);
    return (method, params) => bridge.invoke(method, params);
  }
  const ws = createWsTransport({
    url: apiUrl(window.location),
    onEvent: dispatchEvent,
    onConnect: () => {
      for (const hook of connectHooks) hook();
    },
    onState: (state) => useConnection.setState((s) => ({ state, drops: s.drops + (state === 'lost' ? 1 : 0) })),
  });
  return ws.call;
}

let client: Client | null = null;

/** Tell the session when the server says this desk is no longer signed in (revoked, lapsed), whichever call saw it. */
function watchSignIn(transport: Transport): Transport {
  return async (method, params) => {
    const envelope = await transport(method, params);
    if (!envelope.ok && envelope.error.code === 'UNAUTHENTICATED' && method !== 'session.resume') {
      const reason = String((envelope.error.details as { reason?: unknown } | undefined)?.reason ?? '');
      for (const hook of unauthenticatedHooks) hook(reason);
    }
    return envelope;
  };
}

/** The typed client of this window: the Electron bridge when present, else the web host's WebSocket. */
export function api(): Client {
  client ??= createClient(watchSignIn(selectTransport()));
  return client;
}

/** Run `hook` whenever a call answers UNAUTHENTICATED (with the reason the core gave). */
export function onUnauthenticated(hook: (reason: string) => void): () => void {
  unauthenticatedHooks.add(hook);
  return () => unauthenticatedHooks.delete(hook);
}

/** Subscribe to one core event; returns the unsubscribe function. */
export function onCoreEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  const l: AnyListener = (name, payload) => {
    if (name === event) listener(payload as EventPayload<E>);
  };
  listeners.add(l);
  return () => listeners.delete(l);
}

/**
 * Run `hook` after every WebSocket (re)connection. The web host keeps one session per socket,
 * so whoever is acting must be chosen again; IPC sessions live as long as the window.
 */
export function onReconnect(hook: () => void): () => void {
  connectHooks.add(hook);
  return () => connectHooks.delete(hook);
}
