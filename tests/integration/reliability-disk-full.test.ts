// R9: the disk fills up (SQLITE_FULL, forced with max_page_count) or a write is refused during
// save: the caller gets a typed error with a zh-CN message, keeps its draft, and the database
// stays intact; once space is back the same draft saves.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/client';
import { content } from '../support/temp-core';
import { invariantViolations } from './reliability-invariants';
import { reliabilityCore } from './reliability-context';

let env: ReturnType<typeof reliabilityCore>;
afterEach(() => env?.dispose());

async function admin() {
  env = reliabilityCore();
  const { client: anon } = env.as(null);
  const a = await anon.call('users.create', { name: 'admin', displayName: '管理员', role: 'admin' });
  return env.as(a.id).client;
}

describe('disk full and refused writes during save', () => {
  it('SQLITE_FULL mid-stream: STORAGE_FULL for the failed saves, no partial save, integrity ok, the draft saves later', async () => {
    const client = await admin();
    const db = env.ctx.db;
    const story = await client.call('stories.create', { content: content({ headline: '满盘' }) });
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages + 60}`);
    let revision = story.revision;
    let committed = 0;
    let full = 0;
    let draft = content();
    for (let i = 0; i < 200; i++) {
      draft = content({ headline: `第${i}稿`, body: [{ type: 'paragraph', text: `𠮷${'深入贯彻全会精神。'.repeat(600)}${i}` }] });
      try {
        const saved = await client.call('stories.save', { id: story.id, baseRevision: revision, content: draft });
        revision = saved.revision;
        committed++;
      } catch (err) {
        expect(err).toBeInstanceOf(ApiCallError);
        const e = (err as ApiCallError).error;
        expect(e.code).toBe('STORAGE_FULL');
        expect(e.messageZh).toContain('未保存的内容仍保留在编辑器中');
        full++;
        break;
      }
    }
    expect(full).toBe(1);
    expect(db.inTransaction).toBe(false);
    expect(invariantViolations(db)).toEqual([]);
    const now = await client.call('stories.get', { id: story.id });
    expect(now.revision).toBe(1 + committed);
    // Space is freed: the draft the editor kept is saved on retry, whole.
    db.pragma('max_page_count = 1073741823');
    const retried = await client.call('stories.save', { id: story.id, baseRevision: revision, content: draft });
    expect(retried.content).toEqual(draft);
    expect(invariantViolations(db)).toEqual([]);
    console.log(JSON.stringify({ diskFull: { committed, refused: full } }));
  });

  it('a write refused by the storage (read-only) is STORAGE_ERROR and changes nothing', async () => {
    const client = await admin();
    const story = await client.call('stories.create', { content: content({ headline: '只读' }) });
    env.ctx.db.pragma('query_only = 1');
    const err = await client.call('stories.save', { id: story.id, baseRevision: 1, content: content({ headline: '改动' }) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect((err as ApiCallError).error.code).toBe('STORAGE_ERROR');
    env.ctx.db.pragma('query_only = 0');
    expect((await client.call('stories.get', { id: story.id })).content.headline).toBe('只读');
    expect(invariantViolations(env.ctx.db)).toEqual([]);
  });
});
