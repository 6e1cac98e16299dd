import type { PageDisplayList, TextItem } from '../../../../shared/model/display-list';
import { inkToCss, svgFontFamily } from '../../../../shared/render';

/**
 * Paints a page's glyphs onto a canvas, each at the x (and, in vertical text, the y and turn)
 * the composer gave it — the same positions the SVG and the PDF use. The canvas lies over the
 * page's SVG, which keeps the rules, boxes and pictures and the (undisplayed) text: drawing ten
 * thousand glyphs this way costs a fraction of laying out the same runs as SVG text.
 * `pxPerPt` is the zoom; the backing store is multiplied by the device pixel ratio for sharp type.
 */
export function paintText(canvas: HTMLCanvasElement, list: PageDisplayList, pxPerPt: number, dpr = globalThis.devicePixelRatio || 1): number {
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
  // Setting a font or a colour makes the canvas parse it: only when it changes (body runs share both).
  const state = { font: '', fill: '' };
  for (const item of list.items) if (item.kind === 'text' && !item.hidden) paintItem(ctx, item, state);
  return performance.now() - t0;
}

function paintItem(ctx: CanvasRenderingContext2D, t: TextItem, state: { font: string; fill: string }): void {
  const font = `${t.size}px "${svgFontFamily(t.fontId)}"`;
  if (font !== state.font) ctx.font = state.font = font;
  const fill = inkToCss(t.color);
  if (fill !== state.fill) ctx.fillStyle = state.fill = fill;
  const sx = t.scaleX > 0 ? t.scaleX : 1;
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
