// The printing plant's output profile: set once through the contract (bytes, never a path), kept
// beside the database, embedded in every later print PDF's OutputIntent; the default is FOGRA39.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import { iccProfileHeader } from '../support/icc-profile';
import { tempCore, type TempCore } from '../support/temp-core';

const SEED = join(process.cwd(), '../shared/seed/000_482dc2148900315e.txt');
// The demo issue is not signed off; the administrator exports it for the plant's test on record.
const UNSIGNED_OK = { reason: '印厂色彩测试，非正式出版' };

async function printPdf(t: TempCore, issueId: number): Promise<string> {
  const { jobId } = await t.client.call('export.start', { issueId, targets: { print: true }, overwrite: true, override: UNSIGNED_OK });
  for (;;) {
    const s = await t.client.call('export.status', { jobId });
    if (s.state === 'done') return readFileSync(join(s.folder, s.files[0]!.name)).toString('latin1');
    if (s.state !== 'running') throw new Error(`export ${s.state}: ${s.errorEn}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the plant’s output ICC profile', () => {
  let t: TempCore;
  let issueId: number;
  beforeAll(async () => {
    t = await tempCore();
    issueId = (await buildDemoIssue(t.client, { name: 'seed.txt', bytes: readFileSync(SEED) })).issue.id;
  }, 120_000);
  afterAll(() => t?.dispose());

  it('defaults to FOGRA39 by reference', async () => {
    expect(await t.client.call('export.outputProfile', {})).toEqual({ name: null, condition: 'FOGRA39' });
    const pdf = await printPdf(t, issueId);
    expect(pdf).toMatch(/\/OutputConditionIdentifier \(FOGRA39\)/);
    expect(pdf).not.toMatch(/\/DestOutputProfile/);
  }, 60_000);

  it('embeds the plant’s CMYK profile, under the name it was given, in every later print PDF', async () => {
    const set = await t.client.call('export.setOutputProfile', { profile: { name: 'ISOnewspaper26v4.icc', dataBase64: iccProfileHeader('CMYK', 'BANXIN-PLANT').toString('base64') } });
    expect(set).toEqual({ name: 'ISOnewspaper26v4.icc', condition: 'Custom' });
    const pdf = await printPdf(t, issueId);
    expect(pdf).toMatch(/\/DestOutputProfile \d+ 0 R/);
    expect(pdf).toMatch(/\/Info \(ISOnewspaper26v4\.icc\)/);
    // The profile stream (Flate-compressed by the writer) holds exactly the bytes sent.
    const at = pdf.indexOf('/N 4');
    const start = pdf.indexOf('stream\n', at) + 'stream\n'.length;
    const embedded = inflateSync(Buffer.from(pdf.slice(start, pdf.indexOf('\nendstream', start)), 'latin1'));
    expect(embedded.toString('latin1', 200, 212)).toBe('BANXIN-PLANT');
    const audit = await t.client.call('audit.list', {});
    expect(audit.some((a) => a.action === 'export.setOutputProfile')).toBe(true);
  }, 60_000);

  it('refuses an RGB or non-ICC file with the reason, keeping the profile it had', async () => {
    await expect(t.client.call('export.setOutputProfile', { profile: { name: 'sRGB.icc', dataBase64: iccProfileHeader('RGB ', 'X').toString('base64') } })).rejects.toMatchObject({
      error: { code: 'PROFILE_INVALID', messageZh: expect.stringContaining('不是 CMYK') },
    });
    await expect(t.client.call('export.setOutputProfile', { profile: { name: 'x.icc', dataBase64: Buffer.from('hello').toString('base64') } })).rejects.toMatchObject({ error: { code: 'PROFILE_INVALID' } });
    expect((await t.client.call('export.outputProfile', {})).name).toBe('ISOnewspaper26v4.icc');
  });

  it('is for layout staff, the duty editor and administrators; null goes back to the default', async () => {
    const reporter = await t.client.call('users.create', { name: 'zhang', displayName: '记者张', role: 'reporter' });
    const { client } = t.newClient();
    await client.call('session.setUser', { userId: reporter.id });
    await expect(client.call('export.setOutputProfile', { profile: null })).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await t.client.call('export.setOutputProfile', { profile: null })).toEqual({ name: null, condition: 'FOGRA39' });
    expect(await printPdf(t, issueId)).toMatch(/\/OutputConditionIdentifier \(FOGRA39\)/);
  }, 60_000);
});
