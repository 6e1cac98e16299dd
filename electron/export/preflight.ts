import { existsSync } from 'node:fs';
import type { PageDisplayList } from '../../shared/model/display-list';
import { STATUS_LABELS, type StoryStatus } from '../../shared/model/story';
import { isKOnly } from '../../shared/render/ink';
import type { FontRegistry } from '../fonts';
import { ImageHeaderError, readImageHeader, type ImageHeader } from '../images/image-header';
import { pageFillProblems, type PageFillProblem } from './preflight-page-fill';
import { glyphOf } from './pdf-fonts';
import { readIccProfile } from './pdf-x';
import { describePressColour, pressColour } from './press-colour';

/** What preflight needs besides the pages. */
export interface PreflightContext {
  /** The stories on the page without a valid 终审 (签发); none = the page is signed off. */
  unsigned: (pageId: number) => ReadonlyArray<{ storyId: number; headline: string; status: StoryStatus }>;
  /** Bytes of an image item's file (JPEG/PNG); undefined = missing. */
  imageBytes?: (imageId: number) => Buffer | undefined;
  /** Effective resolution below which an image is flagged (default 150 ppi; newsprint screens ~100 lpi). */
  minImagePpi?: number;
  /** The plant's output profile the print PDF will use (it converts RGB pictures); none = by formula. */
  outputProfile?: { name: string; path: string } | null;
}

/** Machine-readable problem codes. */
export type PreflightCode =
  | 'not-signed-off'
  | 'font-unknown'
  | 'font-file-missing'
  | 'glyph-missing'
  | 'overset'
  | 'overfull-line'
  | 'forced-break'
  | 'rich-black-text'
  | 'image-missing'
  | 'image-unreadable'
  | 'image-low-res'
  | 'image-rgb'
  | 'image-transparency'
  | PageFillProblem['code'];

/**
 * One thing the user must fix (error) or should look at (warning) before export, or what the
 * export will do on its own (info: an RGB picture converted to CMYK, transparency flattened).
 */
export interface PreflightProblem {
  severity: 'error' | 'warning' | 'info';
  code: PreflightCode;
  messageZh: string;
  messageEn: string;
  /** 版次 */
  pageNumber: number;
  frameId?: number;
  /** The story it is about (an unsigned story). */
  storyId?: number;
}

/** The preflight report: `ok` when there is no error (warnings do not block export). */
export interface PreflightReport {
  ok: boolean;
  problems: PreflightProblem[];
}

function hex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Checks pages before export: sign-off, fonts known and on disk, every glyph present in its
 * font, overset stories, overfull lines, rich-black text, images present, readable and of
 * enough resolution, and what the print PDF will do to RGB or transparent ones. Messages in
 * Chinese and English say what is wrong and where.
 */
export function preflight(pages: readonly PageDisplayList[], fonts: FontRegistry, context: PreflightContext): PreflightReport {
  const problems: PreflightProblem[] = [];
  const minPpi = context.minImagePpi ?? 150;
  const fontState = new Map<string, 'ok' | 'unknown' | 'missing'>();
  let conversion: { zh: string; en: string } | undefined;
  const howConverted = (): { zh: string; en: string } => (conversion ??= describeConversion(context.outputProfile));

  const stateOf = (id: string): 'ok' | 'unknown' | 'missing' => {
    let s = fontState.get(id);
    if (!s) {
      const f = fonts.file(id);
      s = !f ? 'unknown' : existsSync(f.path) ? 'ok' : 'missing';
      fontState.set(id, s);
    }
    return s;
  };

  for (const page of pages) {
    const no = page.number;
    const add = (severity: PreflightProblem['severity'], code: PreflightCode, zh: string, en: string, frameId?: number, storyId?: number): void => {
      problems.push({
        severity,
        code,
        messageZh: `第${no}版：${zh}`,
        messageEn: `Page ${no}: ${en}`,
        pageNumber: no,
        ...(frameId !== undefined ? { frameId } : {}),
        ...(storyId !== undefined ? { storyId } : {}),
      });
    };

    // One problem per unsigned story, named, so the desk knows whom to chase and can open it.
    for (const s of context.unsigned(page.pageId)) {
      const title = s.headline.trim() || `稿件 #${s.storyId}`;
      add(
        'error',
        'not-signed-off',
        `《${title}》尚未签发（现为“${STATUS_LABELS[s.status].zh}”），须经值班总编终审后再输出。`,
        `“${title}” is not signed off (it is “${STATUS_LABELS[s.status].en}”); it needs the duty editor's final review before export.`,
        undefined,
        s.storyId,
      );
    }

    const fontIds = new Set(page.fonts);
    for (const it of page.items) if (it.kind === 'text') fontIds.add(it.fontId);
    for (const id of [...fontIds].sort()) {
      const s = stateOf(id);
      if (s === 'unknown') add('error', 'font-unknown', `字体“${id}”未安装，请安装或在版式中换用其他字体。`, `font "${id}" is not installed — install it or change the style's font.`);
      else if (s === 'missing') add('error', 'font-file-missing', `字体“${id}”的文件已不存在，请重新安装该字体。`, `the file of font "${id}" is gone — reinstall the font.`);
    }

    const seenGlyph = new Set<string>();
    let richBlack = false;
    for (const it of page.items) {
      if (it.kind === 'text') {
        if (stateOf(it.fontId) !== 'ok') continue;
        const file = fonts.file(it.fontId)!;
        for (const ch of it.text) {
          const cp = ch.codePointAt(0)!;
          if (cp < 0x20) continue;
          if (glyphOf(file, cp).gid !== 0) continue;
          const key = `${it.fontId}\u0000${cp}`;
          if (seenGlyph.has(key)) continue;
          seenGlyph.add(key);
          add(
            'error',
            'glyph-missing',
            `字体“${it.fontId}”缺字“${ch}”（${hex(cp)}），印出来会是空框，请换用有此字的字体或造字。`,
            `font "${it.fontId}" has no glyph for "${ch}" (${hex(cp)}); it would print as an empty box — use a font that has it.`,
            it.frameId,
          );
        }
        const [c, m, y, k] = it.color.cmyk;
        if (!richBlack && !isKOnly(it.color) && k > 0.5 && c + m + y > 0 && it.size < 12) {
          richBlack = true;
          add('warning', 'rich-black-text', '小字号文字使用了四色黑，套印不准时会发虚，正文应为单黑（K100）。', 'small text is in four-colour black and will blur on misregistration; body text should be 100% K only.', it.frameId);
        }
      } else if (it.kind === 'image') {
        const bytes = context.imageBytes?.(it.imageId);
        if (!bytes) {
          add('error', 'image-missing', `图片 #${it.imageId} 缺失，请重新上传。`, `image #${it.imageId} is missing — upload it again.`);
          continue;
        }
        let info: ImageHeader;
        try {
          info = readImageHeader(bytes);
        } catch (err) {
          const zh = err instanceof ImageHeaderError ? err.messageZh : '仅支持 JPEG/PNG。';
          add('error', 'image-unreadable', `图片 #${it.imageId} 无法读取：${zh}`, `image #${it.imageId} cannot be read: ${(err as Error).message}`);
          continue;
        }
        const ppi = Math.min(info.width / (it.w / 72), info.height / (it.h / 72));
        if (ppi < minPpi) {
          const r = Math.round(ppi);
          add('warning', 'image-low-res', `图片 #${it.imageId} 有效分辨率仅 ${r} ppi（低于 ${minPpi}），印刷会模糊，请换用原图或缩小版面尺寸。`, `image #${it.imageId} is only ${r} ppi at its placed size (below ${minPpi}); it will print blurred — use the original or place it smaller.`);
        }
        if (info.components === 3) {
          const how = howConverted();
          add('info', 'image-rgb', `图片 #${it.imageId} 为 RGB，印刷 PDF 中将转换为 CMYK（${how.zh}；全为灰色的图片转为灰度，只用黑版），颜色可能与屏幕上不同。`, `image #${it.imageId} is RGB and will be converted to CMYK in the print PDF (${how.en}; a picture that is all grey goes in as greyscale, black plate only) — colours may differ from the screen.`);
        }
        if (info.alpha) add('info', 'image-transparency', `图片 #${it.imageId} 含透明通道，PDF/X-1a 不允许透明，印刷 PDF 中将把它合到白纸上（透明处为纸白）。`, `image #${it.imageId} has transparency, which PDF/X-1a does not allow; the print PDF flattens it onto white paper.`);
      }
    }

    for (const f of page.frames) {
      if (f.overset) {
        add('error', 'overset', `稿件超版 ${f.overset.chars} 字（${f.overset.lines} 行），请删改稿件或调整版面。`, `story overset by ${f.overset.chars} characters (${f.overset.lines} lines) — cut the copy or enlarge its frames.`, f.id);
      }
    }
    const warned = new Set<string>();
    for (const w of page.warnings) {
      if (w.kind !== 'overfull' && w.kind !== 'forced-break') continue;
      const key = `${w.kind}:${w.frameId ?? ''}`;
      if (warned.has(key)) continue;
      warned.add(key);
      if (w.kind === 'overfull') add('warning', 'overfull-line', '有行宽超出栏宽（字过宽），请检查。', 'a line is wider than its column (a glyph too wide) — check it.', w.frameId);
      else add('warning', 'forced-break', '有行在禁则下无法正常断行，已强制断开，请检查。', 'a line had to be broken against the line-breaking rules — check it.', w.frameId);
    }
    for (const f of pageFillProblems(page)) add('warning', f.code, f.zh, f.en);
  }
  return { ok: problems.every((p) => p.severity !== 'error'), problems };
}

/** How RGB pictures will be converted with this output profile. (One that cannot be read stops the export itself with the reason.) */
function describeConversion(profile: PreflightContext['outputProfile']): { zh: string; en: string } {
  try {
    return describePressColour(pressColour(profile ? readIccProfile(profile.path, profile.name) : undefined));
  } catch {
    return describePressColour(pressColour());
  }
}
