import type { FrameBox, ImageItem, InkColor, PageDisplayList, RectItem, RuleItem, TextItem } from '../model/display-list';
import { inkToCss } from './ink';
import { escapeXml } from './xml';

/** Options for the screen painter. */
export interface SvgOptions {
  /** URL of the font file behind a font id (the very file the composer measured). */
  fontUrl: (fontId: string) => string;
  /** Pixels per point for the SVG's width/height (the drawing itself stays in points). Default 1. */
  scale?: number;
  /** Outline frames (overset frames in red with a ⊕ marker) — the layout view, never the proof. */
  showFrames?: boolean;
  /** URL of an image's preview; without one an image is drawn as a grey placeholder. */
  imageUrl?: (imageId: number) => string | undefined;
  /**
   * 'elsewhere': the glyphs are painted by another layer (the layout desk's canvas): no text
   * elements at all, which spares the browser parsing and laying out thousands of positioned runs.
   */
  text?: 'paint' | 'elsewhere';
}

/** The CSS font-family name used for a font id (ids are free text; family names must not be). */
export function svgFontFamily(fontId: string): string {
  return `bx-${fontId.toLowerCase().replace(/[^a-z0-9-]/g, '_')}`;
}

// Screen coordinates need no more than 1/1000 pt; fewer digits keep a 10k-glyph page small.
function n(v: number): string {
  const r = Math.round(v * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}

// A URL inside a CSS string inside XML: CSS-escape quotes, backslashes and line breaks, then
// XML-escape the rest.
function cssUrl(url: string): string {
  return escapeXml(url.replace(/[\\"\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `));
}

function textEl(t: TextItem, out: string[]): void {
  const cps = Array.from(t.text);
  const count = Math.min(cps.length, t.x.length);
  if (count === 0) return;
  const text = escapeXml(cps.slice(0, count).join(''));
  const sx = t.scaleX > 0 ? t.scaleX : 1;
  // 长/扁 type is the glyph scaled horizontally about its own x: scale the whole element and
  // divide the positions by the same factor so every glyph still lands on its x.
  const xs = t.x
    .slice(0, count)
    .map((v) => n(v / sx))
    .join(' ');
  const ys = t.yEach ? t.yEach.slice(0, count).map(n).join(' ') : n(t.y);
  // Vertical text: Latin and digits turned 90° about their own origin (SVG's per-glyph rotate).
  const rot = t.rotate ? ` rotate="${t.rotate.slice(0, count).map(n).join(' ')}"` : '';
  const tf = sx !== 1 ? ` transform="matrix(${n(sx)} 0 0 1 0 0)"` : '';
  out.push(
    `<text font-family="${svgFontFamily(t.fontId)}" font-size="${n(t.size)}" fill="${t.hidden ? 'none' : inkToCss(t.color)}" x="${xs}" y="${ys}"${rot}${tf}>${text}</text>`,
  );
}

function line(x1: number, y1: number, x2: number, y2: number, c: InkColor, w: number, extra = ''): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${inkToCss(c)}" stroke-width="${n(w)}"${extra}/>`;
}

/** Same geometry as the PDF writer: double = two strokes of w/3, w/3 off the centre line. */
function ruleEl(r: RuleItem, out: string[]): void {
  const style = r.style ?? 'solid';
  if (style === 'double') {
    const len = Math.hypot(r.x2 - r.x1, r.y2 - r.y1) || 1;
    const nx = (-(r.y2 - r.y1) / len) * (r.width / 3);
    const ny = ((r.x2 - r.x1) / len) * (r.width / 3);
    for (const s of [-1, 1]) out.push(line(r.x1 + s * nx, r.y1 + s * ny, r.x2 + s * nx, r.y2 + s * ny, r.color, r.width / 3));
    return;
  }
  const dash = style === 'dashed' ? ` stroke-dasharray="${n(r.width * 3)} ${n(r.width * 2)}"` : '';
  out.push(line(r.x1, r.y1, r.x2, r.y2, r.color, r.width, dash));
}

function rectEl(r: RectItem, out: string[]): void {
  const stroke = r.stroke && (r.strokeWidth ?? 1) > 0 ? r.stroke : undefined;
  if (!r.fill && !stroke) return;
  const fill = r.fill ? inkToCss(r.fill) : 'none';
  const st = stroke ? ` stroke="${inkToCss(stroke)}" stroke-width="${n(r.strokeWidth ?? 1)}"` : '';
  out.push(`<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" fill="${fill}"${st}/>`);
}

function imageEl(im: ImageItem, url: string | undefined, out: string[]): void {
  if (url) {
    const id = im.frameId !== undefined ? ` data-frame-id="${im.frameId}"` : '';
    const img = `<image x="${n(im.x)}" y="${n(im.y)}" width="${n(im.w)}" height="${n(im.h)}" preserveAspectRatio="none" href="${escapeXml(url)}"${id}/>`;
    // A crop: a nested viewport the size of the picture area clips the picture, as the PDF's clip path does.
    const c = im.clip;
    out.push(c ? `<svg x="${n(c.x)}" y="${n(c.y)}" width="${n(c.w)}" height="${n(c.h)}" viewBox="${n(c.x)} ${n(c.y)} ${n(c.w)} ${n(c.h)}" overflow="hidden">${img}</svg>` : img);
    return;
  }
  // Not loaded (yet): a grey placeholder over the visible area.
  const r = im.clip ?? im;
  out.push(`<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" fill="#e6e6e6" stroke="#999999" stroke-width="0.5"/>`);
  out.push(line(r.x, r.y, r.x + r.w, r.y + r.h, { cmyk: [0, 0, 0, 0.4] }, 0.5));
  out.push(line(r.x + r.w, r.y, r.x, r.y + r.h, { cmyk: [0, 0, 0, 0.4] }, 0.5));
}

function frameEl(f: FrameBox, out: string[]): void {
  const over = f.overset !== undefined;
  const colour = over ? '#e00000' : '#00a0e0';
  out.push(
    `<rect x="${n(f.x)}" y="${n(f.y)}" width="${n(f.w)}" height="${n(f.h)}" fill="none" stroke="${colour}" stroke-width="0.5" stroke-dasharray="2 2" data-frame-id="${f.id}"/>`,
  );
  if (over) {
    // The conventional overset marker: a boxed plus at the frame's bottom-right corner.
    const s = 6;
    const x = f.x + f.w - s;
    const y = f.y + f.h - s;
    out.push(
      `<path d="M${n(x)} ${n(y)}h${s}v${s}h-${s}zM${n(x + s / 2)} ${n(y + 1)}v${s - 2}M${n(x + 1)} ${n(y + s / 2)}h${s - 2}" fill="#ffffff" stroke="${colour}" stroke-width="0.5"/>`,
    );
  }
}

/**
 * Paints a display list as a standalone SVG document — the on-screen page. Text is `<text>` with
 * a per-code-point x list (the composer's positions, so Chromium never lays text out), each font
 * id an `@font-face` over `fontUrl(id)`. No scripts, no event attributes; all text is escaped.
 */
export function displayListToSvg(list: PageDisplayList, opts: SvgOptions): string {
  const scale = opts.scale ?? 1;
  const ids = new Set(list.fonts);
  for (const it of list.items) if (it.kind === 'text') ids.add(it.fontId);
  const faces = [...ids]
    .sort()
    .map((id) => `@font-face{font-family:"${svgFontFamily(id)}";src:url("${cssUrl(opts.fontUrl(id))}");}`)
    .join('');
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(list.width * scale)}" height="${n(list.height * scale)}" viewBox="0 0 ${n(list.width)} ${n(list.height)}" xml:space="preserve" data-page-id="${list.pageId}">`,
    // No kerning, ligatures or synthetic styles: every glyph is where the composer put it.
    `<style>${faces}text{white-space:pre;font-kerning:none;font-variant-ligatures:none;font-synthesis:none;}</style>`,
    `<rect width="${n(list.width)}" height="${n(list.height)}" fill="#ffffff"/>`,
  ];
  for (const it of list.items) {
    switch (it.kind) {
      case 'text':
        if (opts.text !== 'elsewhere') textEl(it, out);
        break;
      case 'rule':
        ruleEl(it, out);
        break;
      case 'rect':
        rectEl(it, out);
        break;
      case 'image':
        imageEl(it, opts.imageUrl?.(it.imageId), out);
        break;
    }
  }
  if (opts.showFrames) for (const f of list.frames) frameEl(f, out);
  out.push('</svg>');
  return out.join('\n');
}
