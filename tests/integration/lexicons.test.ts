import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError, createClient, type Client } from '../../shared/api/client';
import { proofCommand } from '../../electron/cli/proof-command';
import { createCore } from '../../electron/core/create-core';
import { content, tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
beforeEach(async () => (t = await tempCore()));
afterEach(() => t.dispose());

const failure = async (p: Promise<unknown>): Promise<{ code: string; details: unknown }> => {
  const e = await p.then(() => null, (err: unknown) => err);
  return e instanceof ApiCallError ? { code: e.error.code, details: e.error.details } : { code: 'NO ERROR', details: null };
};
const categoriesAt = async (c: Client, text: string, needle: string): Promise<string[]> => {
  const at = text.indexOf(needle);
  const found = await c.call('proof.check', { text });
  return found.filter((f) => f.start === at && f.end === at + needle.length).map((f) => f.category);
};

const ENTRY = { kind: 'names' as const, wrong: '永康市委', right: '永康市委员会', source: '本报编辑部《本地机构名称表》', note: '本报首次出现时用全称。' };

describe('lexicons: the newsroom edits the checker word lists', () => {
  it('adds an entry that the checker flags at once, with its source, and not inside its own right form', async () => {
    const text = '永康市委召开常委会议。';
    expect(await categoriesAt(t.client, text, '永康市委')).toEqual([]);
    const created = await t.client.call('lexicons.create', ENTRY);
    expect(created).toMatchObject({ kind: 'names', shipped: false, enabled: true, source: ENTRY.source, createdBy: '管理员' });
    expect(created.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const found = (await t.client.call('proof.check', { text })).find((f) => f.start === 0);
    expect(found).toMatchObject({ end: 4, category: 'political-formulation', suggestion: '永康市委员会' });
    expect(found!.message).toContain(ENTRY.source);
    // after the correction the right form contains the wrong one: no finding again
    expect(await categoriesAt(t.client, '永康市委员会召开常委会议。', '永康市委')).toEqual([]);
    // a story's check uses the same lists
    const s = await t.client.call('stories.create', { content: content({ headline: '永康市委部署工作', body: [{ type: 'paragraph', text }] }) });
    const onStory = await t.client.call('proof.check', { storyId: s.id });
    expect(onStory.filter((f) => f.suggestion === '永康市委员会').map((f) => f.field).sort()).toEqual(['body', 'headline']);
  });

  it('edits and deletes an entry, and the checker follows each change', async () => {
    const e = await t.client.call('lexicons.create', { kind: 'names', wrong: '李卫明', right: '李伟明', source: '本报人名表' });
    const text = '李卫明主持会议。';
    expect(await categoriesAt(t.client, text, '李卫明')).toEqual(['political-formulation']);
    const moved = await t.client.call('lexicons.update', { id: e.id, kind: 'confusables', notAfter: '主持' });
    expect(moved).toMatchObject({ kind: 'confusables', wrong: '李卫明', notAfter: '主持', source: '本报人名表' });
    expect(await categoriesAt(t.client, text, '李卫明')).toEqual([]); // the new condition cancels it here
    expect(await categoriesAt(t.client, '李卫明说。', '李卫明')).toEqual(['confusable-word']);
    await t.client.call('lexicons.delete', { id: e.id });
    expect(await categoriesAt(t.client, '李卫明说。', '李卫明')).toEqual([]);
    expect((await failure(t.client.call('lexicons.delete', { id: e.id }))).code).toBe('NOT_FOUND');
  });

  it('refuses an invalid regex in a context field, an empty source, and writers who are not editors', async () => {
    const bad = await failure(t.client.call('lexicons.create', { ...ENTRY, notAfter: '员(会' }));
    expect(bad.code).toBe('VALIDATION');
    expect(JSON.stringify(bad.details)).toContain('notAfter');
    expect((await failure(t.client.call('lexicons.create', { ...ENTRY, before: '[' }))).code).toBe('VALIDATION');
    expect((await failure(t.client.call('lexicons.create', { ...ENTRY, source: '   ' }))).code).toBe('VALIDATION');
    expect((await failure(t.client.call('lexicons.create', { ...ENTRY, wrong: '' }))).code).toBe('VALIDATION');
    const ok = await t.client.call('lexicons.create', ENTRY);
    expect((await failure(t.client.call('lexicons.update', { id: ok.id, after: '(?<' }))).code).toBe('VALIDATION');
    expect((await failure(t.client.call('lexicons.update', { id: ok.id, source: '' }))).code).toBe('VALIDATION');

    const u = await t.client.call('users.create', { name: 'pf', displayName: '校对甲', role: 'proofreader' });
    const w = t.newClient();
    await w.client.call('session.setUser', { userId: u.id });
    expect((await failure(w.client.call('lexicons.create', { ...ENTRY, wrong: '金华市委' }))).code).toBe('FORBIDDEN');
    expect((await w.client.call('lexicons.list', { kind: 'names' })).map((e) => e.wrong)).toEqual(['永康市委']); // reading is open to all
  });

  it('switches a shipped default off and on: 停用 silences it', async () => {
    const text = '我们要再接再励。';
    expect(await categoriesAt(t.client, text, '再接再励')).toEqual(['confusable-word']);
    const listed = (await t.client.call('lexicons.list', { kind: 'confusables', query: '再接再励' }))[0]!;
    expect(listed).toMatchObject({ id: null, shipped: true, enabled: true, right: '再接再厉' });
    expect(listed.source).toContain('现代汉语词典');
    const off = await t.client.call('lexicons.setDefaultEnabled', { kind: 'confusables', wrong: '再接再励', right: '再接再厉', enabled: false });
    expect(off.enabled).toBe(false);
    expect(await categoriesAt(t.client, text, '再接再励')).toEqual([]);
    await t.client.call('lexicons.setDefaultEnabled', { kind: 'confusables', wrong: '再接再励', right: '再接再厉', enabled: true });
    expect(await categoriesAt(t.client, text, '再接再励')).toEqual(['confusable-word']);
    expect((await failure(t.client.call('lexicons.setDefaultEnabled', { kind: 'confusables', wrong: '不存在', right: '不', enabled: false }))).code).toBe('NOT_FOUND');
  });

  it('keeps entries and switched-off defaults across a reopen of the database', async () => {
    await t.client.call('lexicons.create', ENTRY);
    await t.client.call('lexicons.setDefaultEnabled', { kind: 'confusables', wrong: '再接再励', right: '再接再厉', enabled: false });
    t.core.close();
    const core = createCore({ ...t.store, scheduledBackups: false });
    try {
      const session = core.openSession('in-process');
      const client = createClient((m, p) => session.call(m, p));
      const mine = await client.call('lexicons.list', { kind: 'names' });
      expect(mine.map((e) => [e.wrong, e.right, e.source])).toEqual([[ENTRY.wrong, ENTRY.right, ENTRY.source]]);
      expect(await categoriesAt(client, '永康市委召开会议。', '永康市委')).toEqual(['political-formulation']);
      expect(await categoriesAt(client, '再接再励。', '再接再励')).toEqual([]);
    } finally {
      core.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });

  it('proof --db checks with that newsroom’s lists; without --db, the shipped lists only', async () => {
    await t.client.call('lexicons.create', ENTRY);
    await t.client.call('lexicons.setDefaultEnabled', { kind: 'confusables', wrong: '再接再励', right: '再接再厉', enabled: false });
    t.core.close(); // one owner per database: the CLI opens it itself
    const run = async (args: string[]): Promise<string> => {
      const out: string[] = [];
      const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s), readFile: async () => '{"id":"a","text":"永康市委要求再接再励。"}\n' };
      expect(await proofCommand(args, io)).toBe(0);
      return out.join('');
    };
    const categories = (line: string): string[] => (JSON.parse(line) as { findings: { category: string }[] }).findings.map((f) => f.category);
    expect(categories(await run([...t.cliArgs, '--jsonl', 'in.jsonl']))).toEqual(['political-formulation']);
    expect(categories(await run(['--jsonl', 'in.jsonl']))).toEqual(['confusable-word']);
  });
});
