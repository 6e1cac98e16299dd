import { describe, expect, it } from 'vitest';
import { createWsTransport, type SocketLike } from '../../../renderer/src/api/ws-transport';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: Array<{ id: number; method: string; params: unknown }> = [];
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  send(data: string) {
    this.sent.push(JSON.parse(data) as { id: number; method: string; params: unknown });
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
  reply(id: number, result: unknown) {
    this.onmessage?.({ data: JSON.stringify({ id, envelope: { ok: true, result } }) });
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const events: Array<[string, unknown]> = [];
  let connects = 0;
  const t = createWsTransport({
    url: 'ws://127.0.0.1:1/api?token=x',
    open: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    onEvent: (e, p) => events.push([e, p]),
    onConnect: () => connects++,
    retryMs: 1,
  });
  return { t, sockets, events, connects: () => connects };
}

describe('WebSocket transport', () => {
  it('queues calls until open and matches answers by id, in any order', async () => {
    const { t, sockets } = setup();
    const a = t.call('users.list', {});
    const b = t.call('system.info', {});
    const s = sockets[0]!;
    expect(s.sent).toHaveLength(0);
    s.open();
    expect(s.sent.map((f) => f.method)).toEqual(['users.list', 'system.info']);
    s.reply(s.sent[1]!.id, 'info');
    s.reply(s.sent[0]!.id, ['u']);
    expect(await a).toEqual({ ok: true, result: ['u'] });
    expect(await b).toEqual({ ok: true, result: 'info' });
    t.close();
  });

  it('dispatches event frames', () => {
    const { t, sockets, events } = setup();
    sockets[0]!.open();
    sockets[0]!.onmessage?.({ data: JSON.stringify({ event: 'story.changed', payload: { id: 1 } }) });
    sockets[0]!.onmessage?.({ data: 'not json' });
    expect(events).toEqual([['story.changed', { id: 1 }]]);
    t.close();
  });

  it('fails calls in flight when the socket drops, reconnects, and calls onConnect again', async () => {
    const { t, sockets, connects } = setup();
    sockets[0]!.open();
    expect(connects()).toBe(1);
    const inFlight = t.call('stories.save', {});
    sockets[0]!.drop();
    const r = await inFlight;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INTERNAL');
    const later = t.call('users.list', {});
    await new Promise((res) => setTimeout(res, 20));
    expect(sockets).toHaveLength(2);
    sockets[1]!.open();
    expect(connects()).toBe(2);
    sockets[1]!.reply(sockets[1]!.sent[0]!.id, []);
    expect(await later).toEqual({ ok: true, result: [] });
    t.close();
  });

  it('reports its state: connecting, open, lost while a dropped socket retries (and failed retries stay lost), open again', async () => {
    const states: string[] = [];
    const sockets: FakeSocket[] = [];
    const t = createWsTransport({
      url: 'ws://127.0.0.1:1/api?token=x',
      open: () => {
        const s = new FakeSocket();
        sockets.push(s);
        return s;
      },
      onEvent: () => undefined,
      onState: (s) => states.push(s),
      retryMs: 1,
    });
    expect(states).toEqual([]);
    sockets[0]!.open();
    sockets[0]!.drop();
    await new Promise((res) => setTimeout(res, 10));
    // The retry fails too: still lost, not reported twice.
    sockets[1]!.drop();
    await new Promise((res) => setTimeout(res, 10));
    sockets[2]!.open();
    expect(states).toEqual(['open', 'lost', 'open']);
    t.close();
    expect(states).toEqual(['open', 'lost', 'open']);
  });
});
