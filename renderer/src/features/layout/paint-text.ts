import type { PageDisplayList, TextItem } from '../../../../shared/model/display-list';
import { inkToCss, svgFontFamily } from '../../../../shared/render';
import { glyphSegments } from './glyph-segments';

export interface PaintOptions {
  /**
   * Draw runs of evenly pitched ideographs with one call each (default true where the canvas has
   * `letterSpacing`); false draws every glyph on its own, the reference the batched path is tested against.
   */
  batch?: boolean;
}

/** What one paint carries from item to item: the canvas parses a font, colour or spacing only when it changes. */
interface PaintState {
  font: string;
  fill: string;
  spacing: string;
  batch: boolean;
  /** Advance of an ideograph per font string, in points. */
  em: Map<string, number>;
}

/**
 * Paints a page's glyphs onto a canvas, each at the x (and, in vertical text, the y and turn)
 * the composer gave it — the same positions the SVG and the PDF use. The canvas lies over the
 * page's SVG, which keeps the rules, boxes and pictures and the (undisplayed) text: drawing ten
 * thousand glyphs this way costs a fraction of laying out the same runs as SVG text.
 * `pxPerPt` is the zoom; the backing store is multiplied by the device pixel ratio for sharp type.
 */
export function paintText(canvas: HTMLCanvasElement, list: PageDisplayList, pxPerPt: number, dpr = globalThis.devicePixelRatio || 1, options: PaintOptions = {}): number {
  const t0 = performance.now();
  const w = Math.max(1, Math.round(list.width * pxPerPt * dpr));
  const h = Math.max(1, Math.round(list.height * pxPerPt * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const k = pxPerPt * dpr;
  ctx.setTransform(k, 0, 0, k, 0, 0);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  // Glyphs are placed one by one: no kerning or ligatures may move them.
  if ('fontKerning' in ctx) ctx.fontKerning = 'none';
  const batch = options.batch !== false && 'letterSpacing' in ctx;
  if (batch) ctx.letterSpacing = '0px';
  const state: PaintState = { font: '', fill: '', spacing: '0px', batch, em: new Map() };
  for (const item of list.items) if (item.kind === 'text' && !item.hidden) paintItem(ctx, item, state);
  if (batch) ctx.letterSpacing = '0px';
  return performance.now() - t0;
}

function paintItem(ctx: CanvasRenderingContext2D, t: TextItem, state: PaintState): void {
  const font = `${t.size}px "${svgFontFamily(t.fontId)}"`;
  if (font !== state.font) ctx.font = state.font = font;
  const fill = inkToCss(t.color);
  if (fill !== state.fill) ctx.fillStyle = state.fill = fill;
  const sx = t.scaleX > 0 ? t.scaleX : 1;
  if (state.batch && sx === 1 && !t.yEach && !t.rotate) {
    paintSegments(ctx, t, font, state);
    return;
  }
  let k = 0;
  for (const ch of t.text) {
    const x = t.x[k];
    if (x === undefined) break;
    const y = t.yEach?.[k] ?? t.y;
    const turn = t.rotate?.[k] ?? 0;
    if (turn !== 0 || sx !== 1) {
      // 长/扁 type is scaled about the glyph's own x; vertical Latin is turned about its origin.
      ctx.save();
      ctx.translate(x, y);
      if (turn !== 0) ctx.rotate((turn * Math.PI) / 180);
      if (sx !== 1) ctx.scale(sx, 1);
      ctx.fillText(ch, 0, 0);
      ctx.restore();
    } else {
      ctx.fillText(ch, x, y);
    }
    k++;
  }
}

// A horizontal, unscaled item: each segment in one call, its glyphs spaced to the composer's pitch.
function paintSegments(ctx: CanvasRenderingContext2D, t: TextItem, font: string, state: PaintState): void {
  let em = state.em.get(font);
  if (em === undefined) {
    setSpacing(ctx, state, '0px');
    em = ctx.measureText('国').width;
    state.em.set(font, em);
  }
  for (const seg of glyphSegments(t.text, t.x)) {
    setSpacing(ctx, state, seg.pitch === 0 ? '0px' : `${seg.pitch - em}px`);
    ctx.fillText(seg.text, seg.x, t.y);
  }
}

function setSpacing(ctx: CanvasRenderingContext2D, state: PaintState, spacing: string): void {
  if (spacing !== state.spacing) ctx.letterSpacing = state.spacing = spacing;
}
