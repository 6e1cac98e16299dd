// One simulated desk's connection to the newsroom server: the contract's JSON frames over a
// WebSocket, signed in once with a password and resumed with its token after every reconnect,
// as the desk app does. Calls made while the server is away wait for the next connection. Given
// several servers (one database behind them), a desk that cannot reach its server tries the next.
import WebSocket from 'ws';

export interface Envelope {
  ok: boolean;
  result?: unknown;
  error?: { code: string; message?: string };
}

type Pending = { resolve: (e: Envelope) => void };

/** Thrown to a caller whose call was in flight when the connection dropped: it may or may not have been applied. */
export class Disconnected extends Error {
  constructor() {
    super('disconnected with the call in flight');
  }
}

export class DeskSocket {
  private ws: WebSocket | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending & { reject: (e: Error) => void }>();
  private token: string | null = null;
  private closed = false;
  reconnects = 0;
  /** Which of `origins` this desk is on. */
  private current: number;

  constructor(
    private readonly origins: readonly string[],
    first: number,
    private readonly name: string,
    private readonly password: string,
    private readonly onEvent: (event: string, payload: unknown, at: number) => void,
  ) {
    this.current = first % origins.length;
  }

  /** Connected and signed in (or resumed); reconnects with a short back-off until it is. */
  connect(): Promise<void> {
    this.ready ??= this.open().catch((err: unknown) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }

  private async open(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed) throw new Error('closed');
      try {
        await this.openOnce();
        const signIn = this.token
          ? await this.raw('session.resume', { token: this.token })
          : await this.raw('session.signIn', { name: this.name, password: this.password });
        if (!signIn.ok && this.token) {
          this.token = null;
          continue;
        }
        if (!signIn.ok) throw new Error(`sign-in refused for ${this.name}: ${signIn.error?.code}`);
        this.token = (signIn.result as { token: string }).token;
        return;
      } catch (err) {
        if (err instanceof Error && err.message.startsWith('sign-in refused')) throw err;
        this.current = (this.current + 1) % this.origins.length;
        await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** Math.min(attempt, 5))));
      }
    }
  }

  private openOnce(): Promise<void> {
    const origin = this.origins[this.current]!;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${origin.replace(/^http/, 'ws')}/api`, { headers: { Origin: origin }, rejectUnauthorized: false });
      ws.once('open', () => {
        this.ws = ws;
        resolve();
      });
      ws.once('error', reject);
      ws.on('message', (data) => this.receive(String(data)));
      ws.on('close', () => {
        if (this.ws === ws) {
          this.ws = null;
          this.ready = null;
          this.reconnects++;
        }
        for (const [, p] of this.pending) p.reject(new Disconnected());
        this.pending.clear();
      });
    });
  }

  private receive(text: string): void {
    const at = performance.now();
    const frame = JSON.parse(text) as { id?: number; envelope?: Envelope; event?: string; payload?: unknown };
    if (frame.event !== undefined) return this.onEvent(frame.event, frame.payload, at);
    const p = frame.id === undefined ? undefined : this.pending.get(frame.id);
    if (!p || frame.envelope === undefined) return;
    this.pending.delete(frame.id!);
    p.resolve(frame.envelope);
  }

  private raw(method: string, params: unknown): Promise<Envelope> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.reject(new Disconnected());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** A contract call on a signed-in connection (connecting first if the server was away). */
  async call(method: string, params: unknown): Promise<Envelope> {
    await this.connect();
    return this.raw(method, params);
  }

  close(): void {
    this.closed = true;
    this.ws?.close();
  }
}
