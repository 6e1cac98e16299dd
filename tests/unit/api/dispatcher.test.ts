import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';

const session = { userId: null as number | null };
const ctx = { session, transport: 'in-process' as const };

function handlersWith(over: Partial<Record<string, unknown>>): Handlers {
  return new Proxy({}, { get: (_t, k) => over[String(k)] ?? (() => { throw new Error('not under test'); }) }) as Handlers;
}

describe('dispatcher', () => {
  it('validates params before the handler runs', async () => {
    let ran = false;
    const d = createDispatcher(handlersWith({ 'stories.get': () => ((ran = true), {}) }));
    const env = await d('stories.get', { id: 'x' }, ctx);
    expect(env).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(ran).toBe(false);
  });

  it('turns a thrown BanxinError into its typed error and anything else into INTERNAL, reported aside', async () => {
    const reported: string[] = [];
    const d = createDispatcher(
      handlersWith({ 'stories.get': () => { throw new BanxinError('NOT_FOUND'); }, 'stories.revisions': () => { throw new TypeError('boom'); } }),
      (m) => reported.push(m),
    );
    expect(await d('stories.get', { id: 1 }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', messageZh: expect.stringContaining('找不到') } });
    const internal = await d('stories.revisions', { id: 1 }, ctx);
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toContain('boom');
    expect(reported).toEqual(['stories.revisions']);
  });

  it('checks results against the contract too', async () => {
    const d = createDispatcher(handlersWith({ 'users.list': () => [{ id: 'not a number' }] }));
    expect(await d('users.list', {}, ctx)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('requires an acting user for writes', async () => {
    const d = createDispatcher(handlersWith({}));
    const env = await d('stories.create', { content: { kind: 'article', kicker: '', headline: '', subhead: '', byline: '', dateline: '', section: '', body: [] } }, ctx);
    expect(env).toMatchObject({ ok: false, error: { code: 'NO_USER' } });
  });
});
