import type { InkColor, RectItem, RuleItem, TextItem } from '../../shared/model/display-list';
import { clampInk, isSolidK } from '../../shared/render/ink';

/** A font as the content writer needs it: a resource name, CIDs and advances per code point. */
export interface ContentFont {
  readonly resource: string;
  /** 4 hex digits (Identity-H CID) for a code point. */
  code(cp: number): string;
  /** Advance in 1/1000 em. */
  width(cp: number): number;
}

/** Resource names of the two overprint graphics states the writer switches between. */
export const GS_OVERPRINT = 'GSop';
export const GS_KNOCKOUT = 'GSko';

/** A number for a content stream: at most 3 decimals, no exponent, no "-0". */
export function fmt(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}

function cmyk(c: InkColor): string {
  return c.cmyk.map((v) => fmt(clampInk(v))).join(' ');
}

/**
 * Builds one page's content stream in the display list's coordinates (points, y down — the
 * caller has already flipped and translated the CTM to the trim's top-left corner). Tracks fill,
 * stroke and overprint state so each is set only when it changes.
 */
export class ContentWriter {
  private readonly parts: string[] = [];
  private fill = '';
  private stroke = '';
  private gs = '';
  private lineWidth = -1;

  /** Appends raw operators (already formatted). */
  raw(ops: string): void {
    this.parts.push(ops);
  }

  /** The operators written since the last `take`, removed from the writer. */
  take(): string {
    const s = this.parts.join('\n');
    this.parts.length = 0;
    return s;
  }

  /** Forgets tracked state (after pdfkit wrote its own operators, e.g. an image inside q/Q). */
  resetState(): void {
    this.fill = '';
    this.stroke = '';
    this.gs = '';
    this.lineWidth = -1;
  }

  private overprint(on: boolean): void {
    const name = on ? GS_OVERPRINT : GS_KNOCKOUT;
    if (this.gs !== name) {
      this.parts.push(`/${name} gs`);
      this.gs = name;
    }
  }

  private setFill(c: InkColor): void {
    const v = `${cmyk(c)} k`;
    if (v !== this.fill) {
      this.parts.push(v);
      this.fill = v;
    }
  }

  private setStroke(c: InkColor, width: number): void {
    const v = `${cmyk(c)} K`;
    if (v !== this.stroke) {
      this.parts.push(v);
      this.stroke = v;
    }
    if (width !== this.lineWidth) {
      this.parts.push(`${fmt(width)} w`);
      this.lineWidth = width;
    }
  }

  /**
   * A run of glyphs, each placed exactly at its x: one TJ whose kerning numbers carry the
   * difference between the composer's x and the glyph's own advance (rounded to 1/100 of a
   * thousandth of an em, with the rounding error carried forward so it never accumulates).
   * Vertical runs (`yEach`) set each glyph with its own text matrix.
   */
  text(item: TextItem, font: ContentFont): void {
    const cps: number[] = [];
    for (const ch of item.text) cps.push(ch.codePointAt(0)!);
    const n = Math.min(cps.length, item.x.length);
    if (n === 0) return;
    this.overprint(isSolidK(item.color));
    this.setFill(item.color);
    // Track the pen with the matrix values as written, so rounding never accumulates.
    const a = Number(fmt(item.size * item.scaleX));
    const d = item.size;
    // Render mode 3 — invisible but extractable, for text a rule draws — is graphics state that
    // outlives ET, so hidden text is wrapped in q/Q to leave the next text visible.
    const out: string[] = item.hidden ? ['q', 'BT', '3 Tr', `/${font.resource} 1 Tf`] : ['BT', `/${font.resource} 1 Tf`];
    if (item.yEach) {
      for (let i = 0; i < n; i++) {
        const y = item.yEach[i] ?? item.y;
        // Turned 90° clockwise on the (y-down) page: the glyph's x-axis runs down, its up points right.
        const m = item.rotate?.[i] === 90 ? `0 ${fmt(a)} ${fmt(d)} 0` : `${fmt(a)} 0 0 ${fmt(-d)}`;
        out.push(`${m} ${fmt(item.x[i]!)} ${fmt(y)} Tm <${font.code(cps[i]!)}> Tj`);
      }
    } else {
      // Text space is y-up while the CTM is y-down: a negative d keeps glyphs upright.
      out.push(`${fmt(a)} 0 0 ${fmt(-d)} ${fmt(item.x[0]!)} ${fmt(item.y)} Tm`);
      let tj = '[<';
      let pen = Number(fmt(item.x[0]!));
      for (let i = 0; i < n; i++) {
        const cp = cps[i]!;
        tj += font.code(cp);
        pen += (font.width(cp) / 1000) * a;
        if (i + 1 < n) {
          const adj = Math.round((-(item.x[i + 1]! - pen) * 1000 * 100) / a) / 100;
          if (adj !== 0) {
            tj += `>${fmt(adj)}<`;
            pen -= (adj / 1000) * a;
          }
        }
      }
      out.push(`${tj}>] TJ`);
    }
    out.push('ET');
    if (item.hidden) out.push('Q');
    this.parts.push(out.join('\n'));
  }

  /** A rule: solid, dashed, or double (two strokes of a third of the width each, a third apart). */
  rule(r: RuleItem): void {
    this.overprint(isSolidK(r.color));
    const style = r.style ?? 'solid';
    if (style === 'double') {
      const len = Math.hypot(r.x2 - r.x1, r.y2 - r.y1) || 1;
      const nx = (-(r.y2 - r.y1) / len) * (r.width / 3);
      const ny = ((r.x2 - r.x1) / len) * (r.width / 3);
      this.setStroke(r.color, r.width / 3);
      for (const s of [-1, 1]) {
        this.parts.push(`${fmt(r.x1 + s * nx)} ${fmt(r.y1 + s * ny)} m ${fmt(r.x2 + s * nx)} ${fmt(r.y2 + s * ny)} l S`);
      }
      return;
    }
    this.setStroke(r.color, r.width);
    if (style === 'dashed') this.parts.push(`[${fmt(r.width * 3)} ${fmt(r.width * 2)}] 0 d`);
    this.parts.push(`${fmt(r.x1)} ${fmt(r.y1)} m ${fmt(r.x2)} ${fmt(r.y2)} l S`);
    if (style === 'dashed') this.parts.push('[] 0 d');
  }

  /** A rectangle: fill, stroke, or both. */
  rect(r: RectItem): void {
    const stroke = r.stroke && (r.strokeWidth ?? 1) > 0 ? r.stroke : undefined;
    if (!r.fill && !stroke) return;
    // Overprint only when everything painted is solid K; a tint box must knock out.
    this.overprint((!r.fill || isSolidK(r.fill)) && (!stroke || isSolidK(stroke)));
    if (r.fill) this.setFill(r.fill);
    if (stroke) this.setStroke(stroke, r.strokeWidth ?? 1);
    const op = r.fill && stroke ? 'B' : r.fill ? 'f' : 'S';
    this.parts.push(`${fmt(r.x)} ${fmt(r.y)} ${fmt(r.w)} ${fmt(r.h)} re ${op}`);
  }
}
