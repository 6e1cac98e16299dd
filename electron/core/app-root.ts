import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Banxin's package.json, found from this module whether run from source or dist/. */
export function appRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'banxin') return dir;
      } catch {
        // An unreadable package.json is not ours; keep walking up.
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the Banxin installation folder');
    dir = up;
  }
}


/** Where `npm run build` puts the renderer; BANXIN_RENDERER_DIR serves a build kept elsewhere (a server install, tests). */
export const rendererDist = (): string => process.env.BANXIN_RENDERER_DIR ?? join(appRoot(), 'dist', 'renderer');
