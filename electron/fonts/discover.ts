import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';

/** Where a font came from. */
export type FontSource = 'npm' | 'system' | 'user';

/** A font face on disk. */
export interface FontFile {
  /** Stable id used by styles, the PDF writer and the screen (@font-face). */
  readonly id: string;
  readonly family: string;
  readonly style: string;
  /** CSS weight 100–900. */
  readonly weight: number;
  readonly path: string;
  /** Face index inside a .ttc collection. */
  readonly index?: number;
  readonly source: FontSource;
}

/** npm packages that bring full-coverage OFL CJK fonts, with the id prefix of their faces. */
export const NPM_FONT_PACKAGES = [
  { pkg: '@expo-google-fonts/noto-serif-sc', prefix: 'noto-serif-sc', family: 'Noto Serif SC' },
  { pkg: '@expo-google-fonts/noto-sans-sc', prefix: 'noto-sans-sc', family: 'Noto Sans SC' },
] as const;

/**
 * Finds the Noto SC TrueType files installed by `npm install` (resolved through the module
 * system, so it works wherever node_modules sits, including inside a packaged app).
 */
export function discoverNpmFonts(require: NodeJS.Require = createRequire(import.meta.url)): FontFile[] {
  const out: FontFile[] = [];
  for (const { pkg, prefix, family } of NPM_FONT_PACKAGES) {
    let root: string;
    try {
      root = dirname(require.resolve(`${pkg}/package.json`));
    } catch {
      continue;
    }
    for (const dir of readdirSync(root).sort()) {
      const m = /^(\d{3})(\w+)$/.exec(dir);
      if (!m) continue;
      const full = join(root, dir);
      if (!statSync(full).isDirectory()) continue;
      const ttf = readdirSync(full).find((f) => f.endsWith('.ttf'));
      if (!ttf) continue;
      const weight = Number(m[1]);
      out.push({ id: `${prefix}-${weight}`, family, style: m[2]!, weight, path: join(full, ttf), source: 'npm' });
    }
  }
  return out;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function fcWeight(w: number): number {
  // fontconfig weights: 0 thin, 40 extralight, 50 light, 80 regular, 100 medium, 180 semibold, 200 bold, 205 extrabold, 210 black.
  if (w <= 0) return 100;
  if (w <= 40) return 200;
  if (w <= 50) return 300;
  if (w <= 80) return 400;
  if (w <= 100) return 500;
  if (w <= 180) return 600;
  if (w <= 200) return 700;
  if (w <= 205) return 800;
  return 900;
}

/** Parses `fc-list --format '%{file}\t%{index}\t%{family[0]}\t%{style[0]}\t%{weight}\t%{postscriptname}\n'`. */
export function parseFcList(output: string): FontFile[] {
  const out: FontFile[] = [];
  const seen = new Set<string>();
  for (const line of output.split('\n')) {
    const [path, index, family, style, weight, ps] = line.split('\t');
    if (!path || !family || !/\.(ttf|otf|ttc|otc)$/i.test(path)) continue;
    const id = `sys-${slug(ps || `${family}-${style ?? ''}`)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const idx = Number(index ?? 0);
    out.push({
      id,
      family,
      style: style ?? 'Regular',
      weight: fcWeight(Number(weight ?? 80)),
      path,
      ...(idx > 0 || /\.(ttc|otc)$/i.test(path) ? { index: idx } : {}),
      source: 'system',
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function walk(dir: string, into: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const e of entries.sort()) {
    const full = join(dir, e);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(full, into);
    else if (/\.(ttf|otf|ttc|otc)$/i.test(e)) into.push(full);
  }
}

/**
 * System fonts: through fontconfig when `fc-list` exists (names, weights, collection
 * indexes), otherwise the files under the usual font folders with names from the file name.
 */
export function discoverSystemFonts(dirs: readonly string[] = ['/usr/share/fonts', '/usr/local/share/fonts']): FontFile[] {
  try {
    const out = execFileSync(
      'fc-list',
      ['--format', '%{file}\t%{index}\t%{family[0]}\t%{style[0]}\t%{weight}\t%{postscriptname}\n'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 },
    );
    return parseFcList(out);
  } catch {
    const files: string[] = [];
    for (const d of dirs) if (existsSync(d)) walk(d, files);
    return files.map((path) => {
      const name = basename(path, extname(path));
      return { id: `sys-${slug(name)}`, family: name, style: 'Regular', weight: 400, path, source: 'system' as const };
    });
  }
}
