import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import * as fontkit from 'fontkit';
import type { Font, FontCollection } from 'fontkit';
import { FontSet, type FontMetrics } from '../../shared/typeset/font-set';
import type { TextStyle } from '../../shared/typeset/styles';
import { styleKeyOf, type StyleFonts } from '../../shared/typeset/style-keys';
import { discoverNpmFonts, discoverSystemFonts, type FontFile } from './discover';
import { FontkitMetrics } from './fontkit-metrics';

/** Options for a font registry. */
export interface FontRegistryOptions {
  /** Also list system fonts (fc-list or /usr/share/fonts). Default true. */
  readonly system?: boolean;
  /**
   * Fonts tried after a style's own fonts for characters it lacks (生僻字, 𠮷). Default: the npm
   * Noto Serif SC and Sans SC regulars, then any system Noto/Source Han CJK SC face.
   */
  readonly fallbacks?: readonly string[];
}

function isCollection(f: Font | FontCollection): f is FontCollection {
  return (f as FontCollection).fonts !== undefined && (f as Font).unitsPerEm === undefined;
}

/**
 * All fonts the app can set with — npm Noto SC files, system fonts, user-registered files —
 * by stable id. Hands the composer `FontMetrics`/`FontSet` ports and hands the PDF writer
 * and the screen the very same file (path or bytes) per id.
 */
export class FontRegistry {
  private readonly files = new Map<string, FontFile>();
  private readonly loaded = new Map<string, FontkitMetrics>();
  private readonly sets = new Map<string, FontSet>();
  private readonly fallbackIds: readonly string[];
  private styleFonts: StyleFonts = {};

  constructor(options: FontRegistryOptions = {}) {
    for (const f of discoverNpmFonts()) this.files.set(f.id, f);
    if (options.system !== false) {
      for (const f of discoverSystemFonts()) if (!this.files.has(f.id)) this.files.set(f.id, f);
    }
    this.fallbackIds = options.fallbacks ?? this.defaultFallbacks();
  }

  private defaultFallbacks(): string[] {
    const ids = ['noto-serif-sc-400', 'noto-sans-sc-400'].filter((id) => this.files.has(id));
    for (const f of this.files.values()) {
      if (f.source === 'system' && /cjksc|sourcehan.*sc/i.test(f.id) && !/mono/i.test(f.id) && f.weight === 400) ids.push(f.id);
    }
    return ids;
  }

  /** Every known font, sorted by id. */
  list(): FontFile[] {
    return [...this.files.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The font file behind an id, if known. */
  file(id: string): FontFile | undefined {
    return this.files.get(id);
  }

  /**
   * Registers a user's font file (e.g. a licensed 方正 face). Collections register every
   * face. Returns the new entries; their ids are `user-<postscript name>`.
   */
  register(path: string): FontFile[] {
    const opened = fontkit.openSync(path);
    const faces = isCollection(opened) ? opened.fonts : [opened];
    const out: FontFile[] = [];
    faces.forEach((font, index) => {
      const ps = font.postscriptName || `${basename(path, extname(path))}-${index}`;
      const id = `user-${ps.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const entry: FontFile = {
        id,
        family: font.familyName,
        style: font.subfamilyName,
        weight: /black|heavy/i.test(font.subfamilyName) ? 900 : /bold/i.test(font.subfamilyName) ? 700 : 400,
        path,
        ...(isCollection(opened) ? { index } : {}),
        source: 'user',
      };
      this.files.set(id, entry);
      this.loaded.delete(id);
      out.push(entry);
    });
    this.sets.clear();
    return out;
  }

  /** The composer port for one font (loaded on first use, advances cached per code point). */
  metrics(id: string): FontMetrics {
    let m = this.loaded.get(id);
    if (m) return m;
    const f = this.files.get(id);
    if (!f) throw new Error(`unknown font id: ${id}`);
    const opened = fontkit.openSync(f.path);
    const font = isCollection(opened) ? opened.fonts[f.index ?? 0] : opened;
    if (!font) throw new Error(`font ${id}: no face ${f.index ?? 0} in ${f.path}`);
    m = new FontkitMetrics(id, font);
    this.loaded.set(id, m);
    return m;
  }

  private lazyMetrics(id: string): FontMetrics {
    let real: FontMetrics | undefined;
    const load = (): FontMetrics => (real ??= this.metrics(id));
    return {
      id,
      get unitsPerEm() {
        return load().unitsPerEm;
      },
      advance: (cp: number) => load().advance(cp),
    };
  }

  /** A fallback chain: the given fonts, then the registry's fallbacks (unknown ids skipped). */
  fontSet(ids: readonly string[]): FontSet {
    const chain = [...new Set([...ids, ...this.fallbackIds])].filter((id) => this.files.has(id));
    const key = chain.join('|');
    let set = this.sets.get(key);
    if (!set) {
      if (chain.length === 0) throw new Error('no fonts available');
      // Fallback faces are opened only when a character first needs them.
      set = new FontSet(chain.map((id, i) => (i === 0 ? this.metrics(id) : this.lazyMetrics(id))));
      this.sets.set(key, set);
    }
    return set;
  }

  /**
   * The newsroom's font choices per style (see style-keys). A chosen font goes first; the
   * style's own fonts stay behind it in the chain, so a character the chosen face lacks is set
   * in the face the style was designed with before the general fallbacks. Unknown ids are skipped.
   */
  setStyleFonts(choices: StyleFonts): void {
    this.styleFonts = { ...choices };
  }

  /** The current per-style choices. */
  chosenStyleFonts(): StyleFonts {
    return { ...this.styleFonts };
  }

  /** The font set for a style (for `flowStory`'s `fontsFor`), with the newsroom's choice first. */
  fontsFor = (style: TextStyle): FontSet => {
    const key = styleKeyOf(style.id);
    const chosen = key ? this.styleFonts[key] : undefined;
    return this.fontSet(chosen ? [...chosen, ...style.fonts] : style.fonts);
  };

  /** Path of the font file, for the PDF writer and the renderer's @font-face. */
  path(id: string): string {
    const f = this.files.get(id);
    if (!f) throw new Error(`unknown font id: ${id}`);
    return f.path;
  }

  /** Bytes of the font file (the same file the composer measured). */
  bytes(id: string): Buffer {
    return readFileSync(this.path(id));
  }
}

/** Loads the composer port for one font file directly (tests, CLI). */
export function loadFontMetrics(path: string, id = basename(path, extname(path)), index = 0): FontMetrics {
  const opened = fontkit.openSync(path);
  const font = isCollection(opened) ? opened.fonts[index] : opened;
  if (!font) throw new Error(`no face ${index} in ${path}`);
  return new FontkitMetrics(id, font);
}
