import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { convertOffThread, PictureConversionError, PicturePool, PictureWorkerUnavailable, webPictureOffThread } from '../../electron/export/picture-worker-pool';
import { webPicture } from '../../electron/export/web-picture';
import { pressColour } from '../../electron/export/press-colour';
import { convertToPress } from '../../electron/export/press-convert';
import { preparePictures, PressPictures, type PictureSet } from '../../electron/export/press-picture';
import type { PageDisplayList } from '../../shared/model/display-list';
import { encodeJpeg, testPhoto } from '../support/test-images';

// A camera-sized photo (1600 × 1200), busy enough that decoding it takes a while.
const photo = (seed: number): Buffer => testPhoto(1600, 1200, seed);

describe('pictures are converted in a worker thread', () => {
  const colour = pressColour();

  it('gives exactly the raster the app’s own thread would, while that thread keeps running', async () => {
    const bytes = photo(1);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const off = await convertOffThread(bytes, 800, 600, colour.grid().nodeData);
    clearInterval(ticker);
    const here = convertToPress(bytes, 800, 600, colour.grid());
    expect([off.width, off.height, off.colourSpace]).toEqual([800, 600, 'DeviceCMYK']);
    expect(Buffer.compare(inflateSync(off.deflated), inflateSync(here.deflated))).toBe(0);
    // Decoding 1600 × 1200 takes hundreds of milliseconds: had it run here, no timer would have fired.
    expect(ticks).toBeGreaterThan(2);
  });

  it('makes the e-paper’s web copy of a photo there too, the same bytes as in the app’s thread', async () => {
    const bytes = photo(5);
    const off = await webPictureOffThread(bytes);
    const here = webPicture(bytes);
    expect(off.ext).toBe('jpg');
    expect(Buffer.compare(off.data, here.data)).toBe(0);
    expect(off.data.length).toBeLessThan(bytes.length);
  });

  it('reports bytes it cannot decode as a conversion error, and keeps working after it', async () => {
    const good = photo(2);
    const bad = Buffer.from(good);
    const sos = bad.indexOf(Buffer.from([0xff, 0xda]));
    bad.fill(0xff, sos + 14, bad.length - 2);
    await expect(convertOffThread(bad, 100, 75, colour.grid().nodeData)).rejects.toBeInstanceOf(PictureConversionError);
    expect((await convertOffThread(good, 100, 75, colour.grid().nodeData)).width).toBe(100);
  });

  it('an export run prepares its pictures there, and then finds them ready', async () => {
    const run = new PressPictures(colour);
    const bytes = photo(3);
    await run.prepare(9, bytes, 96, 72);
    expect(run.size).toBe(1);
    const first = run.get(9, bytes, 96, 72).picture;
    expect(run.get(9, bytes, 96, 72).picture).toBe(first);
    expect(first).toMatchObject({ kind: 'raster', colourSpace: 'DeviceCMYK' });
    await expect(new PressPictures(colour).prepare(10, Buffer.from('not a picture'), 96, 72)).rejects.toThrow(/image #10 cannot be read/);
  });

  it('converts two pictures at once on two threads, each exactly as the app\u2019s thread would', async () => {
    const nodes = colour.grid().nodeData;
    const [a, b, c] = [photo(6), photo(7), photo(8)];
    const pool = new PicturePool(undefined, 2);
    const jobs = [pool.convert(a, 160, 120, nodes), pool.convert(b, 160, 120, nodes)];
    // Both busy: the second picture started a second thread; a third waits its turn on one of them.
    expect(pool.threads).toBe(2);
    jobs.push(pool.convert(c, 160, 120, nodes));
    expect(pool.threads).toBe(2);
    const done = await Promise.all(jobs);
    expect(Buffer.compare(inflateSync(done[1]!.deflated), inflateSync(convertToPress(b, 160, 120, colour.grid()).deflated))).toBe(0);
    expect(done.map((r) => [r.width, r.height])).toEqual([[160, 120], [160, 120], [160, 120]]);
    // One thread at most when so configured (a one-core machine).
    const single = new PicturePool(undefined, 1);
    await Promise.all([single.convert(a, 40, 30, nodes), single.convert(b, 40, 30, nodes)]);
    expect(single.threads).toBe(1);
    // The same picture placed twice in a run is one conversion, shared.
    const run = new PressPictures(colour);
    await Promise.all([run.prepare(11, a, 96, 72), run.prepare(11, a, 96, 72)]);
    expect(run.size).toBe(1);
  });

  it('a worker that cannot start sends the work back to the app’s thread; one that dies converting fails only that picture', async () => {
    const nodes = colour.grid().nodeData;
    const bytes = photo(4);
    // Its decoder cannot load: unavailable (the export then converts in its own thread).
    const cannotStart = new PicturePool(() => ({ code: "throw new Error('no JPEG decoder here')" }));
    await expect(cannotStart.convert(bytes, 40, 30, nodes)).rejects.toBeInstanceOf(PictureWorkerUnavailable);
    await expect(cannotStart.convert(bytes, 40, 30, nodes)).rejects.toThrow(/no JPEG decoder here/);
    // Up and running, then gone mid-picture (as when a huge picture exhausts its memory): that
    // picture fails with a reason; the app's thread never retries it itself.
    let started = 0;
    const dies = new PicturePool(() => {
      started++;
      return { code: "const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', () => process.exit(3));" };
    });
    await expect(dies.convert(bytes, 40, 30, nodes)).rejects.toThrow(/stopped while converting/);
    // The next picture gets a fresh worker.
    await expect(dies.convert(bytes, 40, 30, nodes)).rejects.toBeInstanceOf(PictureConversionError);
    expect(started).toBe(2);
  });

  it('a second worker that cannot start leaves the work to the first, and none is tried again', async () => {
    // The first worker answers each job after a while; any further one fails to start (as when memory is short).
    const slow = "const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ id: m.id, ok: true, kind: 'web', web: { ext: 'jpg', data: new Uint8Array([m.id]) } }), 150));";
    let starts = 0;
    const pool = new PicturePool(() => ({ code: starts++ === 0 ? slow : "throw new Error('cannot start')" }), 2);
    const job = (): Promise<string> => pool.run({ kind: 'web', bytes: new Uint8Array(1) }).then(() => 'worker', (e: Error) => e.name);
    expect(await Promise.all([job(), job(), job()])).toEqual(['worker', 'worker', 'worker']);
    expect(await Promise.all([job(), job()])).toEqual(['worker', 'worker']);
    expect([starts, pool.threads]).toEqual([2, 1]);
  });

  it('an export prepares two pictures at a time, one at a time when one of them is very large', async () => {
    const small = encodeJpeg(16, 16, 3, () => [1, 2, 3]);
    // A header saying 6000 × 5000 (30 megapixels): what matters here is only what it claims.
    const huge = Buffer.from(small);
    const sof = huge.indexOf(Buffer.from([0xff, 0xc0]));
    huge.writeUInt16BE(5000, sof + 5);
    huge.writeUInt16BE(6000, sof + 7);
    const concurrency = async (files: Buffer[]): Promise<number> => {
      let now = 0;
      let most = 0;
      const set: PictureSet = {
        size: 0,
        get: () => { throw new Error('not asked'); },
        prepare: async () => {
          most = Math.max(most, ++now);
          await new Promise((r) => setTimeout(r, 20));
          now--;
        },
      };
      const items = files.map((_, i) => ({ kind: 'image', imageId: i, x: 0, y: 0, w: 100, h: 100 }));
      await preparePictures([{ items } as unknown as PageDisplayList], (id) => files[id], set);
      return most;
    };
    expect(await concurrency([small, small, small, small])).toBe(2);
    expect(await concurrency([small, huge, small, small])).toBe(1);
  });
});
