/**
 * Press conversion of an issue's photos: the picture worker pool at two threads against one
 * thread and against the app's own thread, in one run. Six 3-megapixel RGB photos, each
 * converted to a 1000 × 750 CMYK raster (formula, no plant profile), all asked for at once as
 * an export asks for them.
 *
 * Run: npx tsx tests/bench/picture-threads.ts  (prints JSON)
 */
import { availableParallelism } from 'node:os';
import { PicturePool } from '../../electron/export/picture-worker-pool';
import { pressColour } from '../../electron/export/press-colour';
import { convertToPress } from '../../electron/export/press-convert';
import { testPhoto } from '../support/test-images';

const PHOTOS = 6;
const ROUNDS = 3;


const stats = (xs: number[]): { min: number; median: number } => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: Math.round(s[0]!), median: Math.round(s[Math.floor(s.length / 2)]!) };
};

async function main(): Promise<void> {
  const photos = Array.from({ length: PHOTOS }, (_, i) => testPhoto(2000, 1500, i + 1));
  const colour = pressColour();
  const nodes = colour.grid().nodeData;
  const pools = { one: new PicturePool(undefined, 1), two: new PicturePool(undefined, 2) };
  // Workers started and their decoders loaded, as after an app's first export.
  await Promise.all([pools.one.convert(photos[0]!, 8, 6, nodes), pools.two.convert(photos[0]!, 8, 6, nodes), pools.two.convert(photos[1]!, 8, 6, nodes)]);
  const times = { twoThreads: [] as number[], oneThread: [] as number[], appThread: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    // Interleaved so that machine load falls on every variant alike.
    for (const [name, pool] of [['twoThreads', pools.two], ['oneThread', pools.one]] as const) {
      const t = performance.now();
      await Promise.all(photos.map((p) => pool.convert(p, 1000, 750, nodes)));
      times[name].push(performance.now() - t);
    }
    const t = performance.now();
    for (const p of photos) convertToPress(p, 1000, 750, colour.grid());
    times.appThread.push(performance.now() - t);
  }
  const two = stats(times.twoThreads);
  const one = stats(times.oneThread);
  console.log(
    JSON.stringify(
      {
        photos: PHOTOS,
        pixelsEach: 2000 * 1500,
        cores: availableParallelism(),
        twoThreadsMs: two,
        oneThreadMs: one,
        appThreadMs: stats(times.appThread),
        speedupMedian: +(one.median / two.median).toFixed(2),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

await main();
