import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../electron/cli/demo-command';
import { exportService, exportFolder } from '../../electron/core/services/export-service';
import { ExportJobs, type ExportJobStatus } from '../../electron/export/export-job';
import { contextOfCore } from '../../electron/export/core-context';
import { tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
const events: ExportJobStatus[] = [];
let svc: ReturnType<typeof exportService>;
let jobs: ExportJobs;
const call = { session: { userId: 1 }, transport: 'in-process' } as never;
// The demo issue is not signed off: the administrator exports it anyway, on record.
const override = { reason: '样张测试，非正式出版' };

beforeAll(async () => {
  t = await tempCore();
  t.core.close();
  const quiet = { stdout: () => undefined, stderr: () => undefined, readFile: async () => '' };
  expect(await demoCommand(t.cliArgs, quiet)).toBe(0);
  t = { ...t, ...(await reopen()) };
  jobs = new ExportJobs((s) => events.push(s));
  svc = exportService(contextOfCore(t.core, t.dbPath), jobs);
}, 60_000);
afterAll(() => t.dispose());

async function reopen(): Promise<Pick<TempCore, 'core'>> {
  const { createCore } = await import('../../electron/core/create-core');
  return { core: createCore({ ...t.store }) };
}

describe('export service', () => {
  it('preflight reports the unsigned front page as an error the user can act on', () => {
    const r = svc['export.preflight']({ issueId: 1 }, call) as { ok: boolean; problems: Array<{ code: string; pageNumber: number }> };
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'not-signed-off', pageNumber: 1 }));
  }, 30_000);

  it('runs in the background with progress, into the managed folder, and lists the files by name', async () => {
    const { jobId } = svc['export.start']({ issueId: 1, targets: { print: true, newsml: true }, overwrite: false, override }, call) as { jobId: string };
    expect((svc['export.status']({ jobId }, call) as unknown as ExportJobStatus).state).toBe('running');
    const done = (await jobs.settled(jobId))!;
    expect(done.state).toBe('done');
    const folder = exportFolder(t.dbPath, new Date());
    const fractions = events.filter((e) => e.jobId === jobId).map((e) => e.fraction);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    const view = svc['export.status']({ jobId }, call) as { files: Array<{ name: string; target: string }>; folder: string };
    expect(view.folder).toBe(folder);
    expect(view.files.map((f) => f.name)).toEqual(['永康日报 2025-01-04 印刷.pdf', '永康日报 2025-01-04 NewsML']);
    expect(readdirSync(join(folder, '永康日报 2025-01-04 NewsML')).sort()).toEqual(['story-1.xml', 'story-2.xml', 'story-3.xml', 'story-4.xml']);
  }, 60_000);

  it('never overwrites: a second export picks a free name; overwrite: true replaces', async () => {
    const a = svc['export.start']({ issueId: 1, targets: { print: true }, overwrite: false, override }, call) as { jobId: string };
    expect((await jobs.settled(a.jobId))!.files.map((f) => f.path.split('/').pop())).toEqual(['永康日报 2025-01-04 印刷 (2).pdf']);
    const b = svc['export.start']({ issueId: 1, targets: { print: true }, overwrite: true, override }, call) as { jobId: string };
    expect((await jobs.settled(b.jobId))!.files.map((f) => f.path.split('/').pop())).toEqual(['永康日报 2025-01-04 印刷.pdf']);
  }, 60_000);

  it('cancel stops the job and removes what it wrote', async () => {
    const { jobId } = svc['export.start']({ issueId: 1, targets: { print: true, proof: true, epaper: true }, overwrite: false, override }, call) as { jobId: string };
    // Cancel once it has begun writing (after the print PDF step started).
    await new Promise<void>((resolve) => {
      const check = (): void => (jobs.status(jobId)!.fraction > 0.3 || jobs.status(jobId)!.state !== 'running' ? resolve() : void setTimeout(check, 10));
      check();
    });
    const s = (await svc['export.cancel']({ jobId }, call)) as unknown as ExportJobStatus;
    expect(s.state).toBe('cancelled');
    const folder = exportFolder(t.dbPath, new Date());
    expect(existsSync(join(folder, '永康日报 2025-01-04 大样.pdf'))).toBe(false);
    expect(existsSync(join(folder, '永康日报 2025-01-04 数字报'))).toBe(false);
    expect(existsSync(join(folder, '永康日报 2025-01-04 印刷 (3).pdf'))).toBe(false);
  }, 60_000);

  it('unknown issue and job are NOT_FOUND', async () => {
    expect(() => svc['export.start']({ issueId: 99, targets: { print: true }, overwrite: false }, call)).toThrow(/not found/);
    expect(() => svc['export.status']({ jobId: 'nope' }, call)).toThrow(/not found/);
  });
});
