import WebSocket from 'ws';
import type { Envelope, EventFrame, ResponseFrame } from '../../shared/api/envelope';

/**
 * A desk as the newsroom server sees it: one real WebSocket to /api speaking the contract's JSON
 * frames, with every event it is sent kept in order so a test can wait for the one it expects.
 */
export class WsDesk {
  readonly events: EventFrame[] = [];
  private nextId = 1;
  private readonly pending = new Map<number, (e: Envelope) => void>();
  private readonly watchers = new Set<() => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Partial<ResponseFrame & EventFrame>;
      if (typeof frame.event === 'string') {
        this.events.push({ event: frame.event, payload: frame.payload });
        for (const w of this.watchers) w();
      } else if (typeof frame.id === 'number') {
        this.pending.get(frame.id)?.(frame.envelope!);
        this.pending.delete(frame.id);
      }
    });
  }

  /** Open a socket as a page of `origin` would (extra headers: the page's cookies). */
  static open(origin: string, headers: Record<string, string> = {}): Promise<WsDesk> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${origin.replace(/^http/, 'ws')}/api`, { headers: { ...headers, Origin: origin } });
      ws.once('open', () => resolve(new WsDesk(ws)));
      ws.once('error', reject);
    });
  }

  /** Open a socket and sign in on it. */
  static async signedIn(origin: string, name: string, password: string): Promise<WsDesk> {
    const d = await WsDesk.open(origin);
    const r = await d.call('session.signIn', { name, password });
    if (!r.ok) throw new Error(`sign-in refused for ${name}: ${r.error.code}`);
    return d;
  }

  call(method: string, params: unknown = {}): Promise<Envelope> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** The result of a call that must succeed. */
  async ok<T = Record<string, unknown>>(method: string, params: unknown = {}): Promise<T> {
    const e = await this.call(method, params);
    if (!e.ok) throw new Error(`${method} refused: ${e.error.code} ${e.error.messageZh}`);
    return e.result as T;
  }

  /** The first event (received from `from` on) of that name whose payload passes `test`; rejects after `ms`. */
  waitFor<P = Record<string, unknown>>(event: string, test: (p: P) => boolean = () => true, ms = 5_000, from = 0): Promise<P> {
    const find = (): P | undefined => this.events.slice(from).find((e) => e.event === event && test(e.payload as P))?.payload as P | undefined;
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const hit = find();
        if (hit === undefined) return;
        clearTimeout(timer);
        this.watchers.delete(check);
        resolve(hit);
      };
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        reject(new Error(`no ${event} event within ${ms} ms`));
      }, ms);
      this.watchers.add(check);
      check();
    });
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}
