import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/client';
import { gridOf, templateFor } from '../../shared/layout/templates';
import { createCore } from '../../electron/core/create-core';
import { createClient } from '../../shared/api/client';
import { encodeJpeg, encodePng, testPattern, withExifOrientation } from '../support/test-images';
import { tempCore, type TempCore } from '../support/temp-core';

const SEED = resolve(__dirname, '../../../shared/seed/000_482dc2148900315e.txt');
const G = gridOf(templateFor('broadsheet'));
const b64 = (b: Buffer): string => b.toString('base64');
let t: TempCore;
let storyId = 0;

beforeAll(async () => {
  t = await tempCore();
  const r = await t.client.call('import.commit', { source: { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } } });
  storyId = r.stories[0]!.id;
});
afterAll(() => t.dispose());

describe('pictures: import, place, crop, caption, reopen', () => {
  const photo = encodeJpeg(1600, 1200, 3, testPattern(1600, 1200));
  let imageId = 0;
  let pageId = 0;
  let frameId = 0;

  it('stores a JPEG once per content hash, with its header facts', async () => {
    const r = await t.client.call('images.import', { file: { name: '现场.jpg', dataBase64: b64(photo) } });
    expect(r.duplicate).toBe(false);
    expect(r.image).toMatchObject({ name: '现场.jpg', format: 'jpeg', width: 1600, height: 1200, components: 3, bitDepth: 8, byteLength: photo.length });
    expect(r.image.hash).toMatch(/^[0-9a-f]{64}$/);
    imageId = r.image.id;
    const again = await t.client.call('images.import', { file: { name: 'copy.jpg', dataBase64: b64(photo) } });
    expect([again.duplicate, again.image.id]).toEqual([true, imageId]);
    const png = await t.client.call('images.import', { file: { name: 'chart.png', dataBase64: b64(encodePng(300, 200, 1, () => [90])) } });
    expect(png.image).toMatchObject({ format: 'png', components: 1 });
    const list = await t.client.call('images.list', {});
    expect(list.map((i) => i.name)).toEqual(['chart.png', '现场.jpg']);
    const data = await t.client.call('images.data', { id: imageId });
    expect(Buffer.from(data.dataBase64, 'base64').equals(photo)).toBe(true);
  });

  it('refuses a truncated JPEG and a GIF with IMAGE_INVALID and a Chinese reason; nothing is stored', async () => {
    const cut = await t.client.call('images.import', { file: { name: 'cut.jpg', dataBase64: b64(photo.subarray(0, photo.length - 100)) } }).catch((e: unknown) => e);
    expect(cut).toBeInstanceOf(ApiCallError);
    expect((cut as ApiCallError).error.code).toBe('IMAGE_INVALID');
    expect((cut as ApiCallError).error.messageZh).toContain('不完整');
    const gif = await t.client.call('images.import', { file: { name: 'a.gif', dataBase64: b64(Buffer.from('GIF89a\x01\x00\x01\x00')) } }).catch((e: unknown) => e);
    expect((gif as ApiCallError).error.messageZh).toContain('只能导入 JPEG 或 PNG');
    expect(await t.client.call('images.list', {})).toHaveLength(2);
  });

  it('places the picture across two columns with its caption, and the body text beside it wraps', async () => {
    const issue = await t.client.call('issues.create', { date: '2025-03-01' });
    pageId = issue.pages[0]!.id;
    await t.client.call('layout.placeStory', { pageId, storyId, column: 0, row: 16, columns: 4, headlineRows: 8, bodyRows: 40 });
    const before = await t.client.call('layout.page', { pageId });
    const overBefore = before.frames.find((f) => f.overset)!.overset!.lines;
    const frame = await t.client.call('layout.placeImage', { pageId, imageId, column: 1, row: 32, columns: 2, caption: '图为会议现场。', credit: '本报记者 王明 摄' });
    frameId = frame.id;
    expect(frame).toMatchObject({ role: 'image', x: G.columnX(1), y: G.lineY(32), w: G.spanWidth(2), props: { imageId, fit: 'fill', caption: '图为会议现场。', credit: '本报记者 王明 摄' } });
    // 4:3 across two columns, plus the caption, in whole lines.
    expect(frame.h / G.pitch).toBe(Math.round(frame.h / G.pitch));
    expect(frame.h).toBeGreaterThan((G.spanWidth(2) * 3) / 4);
    const page = await t.client.call('layout.page', { pageId });
    const img = page.items.find((i) => i.kind === 'image')!;
    expect(img).toMatchObject({ kind: 'image', imageId, frameId });
    const box = page.frames.find((f) => f.id === frameId)!;
    expect(box.ppi).toBeGreaterThan(150);
    const caption = page.items.filter((i) => i.kind === 'text' && i.frameId === frameId).map((i) => (i.kind === 'text' ? i.text : '')).join('');
    expect(caption).toBe('图为会议现场。本报记者 王明 摄');
    // Two columns lose the picture's lines and the line touching it above and below: the overset
    // grows by as many lines (two columns × (rows + 2)).
    const overAfter = page.frames.find((f) => f.overset)!.overset!.lines;
    expect(overAfter - overBefore).toBe(2 * (Math.round(frame.h / G.pitch) + 2));
    // The editor's copyfit is the same pass.
    const fit = await t.client.call('layout.copyfit', { storyId });
    expect(fit.overLines).toBe(overAfter);
  });

  it('crops: fit modes and moved picture, clamped so the picture always covers the frame', async () => {
    const frame = (await t.client.call('frames.list', { pageId })).find((f) => f.id === frameId)!;
    const imgOf = async () => {
      const page = await t.client.call('layout.page', { pageId });
      const i = page.items.find((x) => x.kind === 'image');
      if (i?.kind !== 'image' || !i.clip) throw new Error('no image');
      return i as typeof i & { clip: NonNullable<typeof i.clip> };
    };
    const fill = await imgOf();
    await t.client.call('frames.update', { frames: [{ id: frameId, props: { ...frame.props, fit: 'fit' } }] });
    const fit = await imgOf();
    // 'fit' shows it all: within the area, at most as large as 'fill'.
    expect(fit.w).toBeLessThanOrEqual(fit.clip.w + 0.001);
    expect(fit.h).toBeLessThanOrEqual(fit.clip.h + 0.001);
    await t.client.call('frames.update', { frames: [{ id: frameId, props: { ...frame.props, fit: 'crop', cropScale: 2, cropX: 10, cropY: -500 } }] });
    const crop = await imgOf();
    expect(crop.w).toBeCloseTo(fill.w * 2, 2);
    // Moved right by 10 mm from centre; moved up as far as it can go (its bottom edge at the area's bottom).
    expect(crop.x - (crop.clip.x + (crop.clip.w - crop.w) / 2)).toBeCloseTo((10 * 72) / 25.4, 2);
    expect(crop.y + crop.h).toBeCloseTo(crop.clip.y + crop.clip.h, 2);
    await t.client.call('frames.update', { frames: [{ id: frameId, props: { ...frame.props, fit: 'crop', cropScale: 2, cropX: 10, cropY: -500, caption: '新的说明' } }] });
  });

  it('reopens the database: picture, frame, crop and caption are all where they were', async () => {
    const before = await t.client.call('layout.page', { pageId });
    t.core.close();
    const core = createCore({ ...t.store });
    try {
      const s = core.openSession('in-process');
      const client = createClient((m, p) => s.call(m, p));
      const frames = await client.call('frames.list', { pageId });
      expect(frames.find((f) => f.id === frameId)!.props).toMatchObject({ imageId, fit: 'crop', cropScale: 2, cropX: 10, caption: '新的说明', credit: '本报记者 王明 摄' });
      expect(await client.call('layout.page', { pageId })).toEqual(before);
      expect((await client.call('images.list', {})).map((i) => i.id)).toContain(imageId);
    } finally {
      core.close();
    }
  });
});

describe('phone photos', () => {
  let own: TempCore;
  beforeAll(async () => {
    own = await tempCore();
  });
  afterAll(() => own.dispose());

  it('takes a phone photo stored sideways (EXIF orientation 6) at its size as seen, and places it upright', async () => {
    const sideways = withExifOrientation(encodeJpeg(1200, 900, 3, testPattern(1200, 900)), 6);
    const r = await own.client.call('images.import', { file: { name: '手机.jpg', dataBase64: b64(sideways) } });
    expect(r.image).toMatchObject({ width: 900, height: 1200 });
    const issue = await own.client.call('issues.create', { date: '2025-02-27' });
    const frame = await own.client.call('layout.placeImage', { pageId: issue.pages[0]!.id, imageId: r.image.id, column: 0, row: 10, columns: 2 });
    // Portrait 3:4 across two columns: taller than wide.
    expect(frame.h).toBeGreaterThan((G.spanWidth(2) * 4) / 3 - G.pitch);
    const page = await own.client.call('layout.page', { pageId: issue.pages[0]!.id });
    // Its resolution counts the 900 pixels as seen across the frame's width (shown rounded).
    expect(Math.abs(page.frames.find((f) => f.id === frame.id)!.ppi! - 900 / (G.spanWidth(2) / 25.4))).toBeLessThan(1);
  });
});
