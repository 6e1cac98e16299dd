import type { Page } from 'playwright-core';
import type { FontRegistry } from '../../electron/fonts';
import { BLACK, MASTHEAD_RED, mmToPt, type DisplayItem, type FrameBox, type PageDisplayList, type TextItem } from '../../shared/model/display-list';
import { fitHeadline, flowStory, STYLES, type ComposedLine, type Frame, type StoryBlock } from '../../shared/typeset';

/** Broadsheet trim (对开): 390 × 540 mm. */
export const BROADSHEET = { width: mmToPt(390), height: mmToPt(540) } as const;

// Our own sample copy (not taken from any seed file): plain county-news prose with the usual
// mix of CJK punctuation, digits, a Latin abbreviation and quotation marks.
const PARAGRAPHS = [
  '本报讯 今年以来，我县坚持把项目建设作为推动高质量发展的“主引擎”，全年共谋划实施重点项目126个，完成投资48.6亿元，同比增长12.3%。',
  '在城南工业园区，一排排新厂房拔地而起，塔吊林立、机器轰鸣。园区负责人介绍，今年新入驻的17家企业中，有9家属于智能制造领域，预计明年可新增产值20亿元以上。',
  '“过去办一个施工许可要跑好几趟，现在网上提交材料，三天就能拿到证。”一家五金企业的负责人说。县里推行的“一件事”集成改革，让企业办事时间平均缩短了一半以上。',
  '与此同时，农村面貌也在悄然改变。各乡镇结合自身资源禀赋，发展特色农业、乡村旅游和农产品电商，带动村集体经济持续增收，村民的“钱袋子”越来越鼓。',
  '县发改局有关负责人表示，下一步将继续优化营商环境，加强要素保障，强化项目全生命周期服务，确保重点项目早开工、早投产、早见效，为全县经济社会发展注入强劲动力。',
];

const SECOND = [
  '本报讯 近日，县图书馆新馆正式对外开放。新馆建筑面积1.2万平方米，设有少儿阅览区、数字体验区和地方文献区，藏书超过40万册。',
  '开馆当天，不少市民带着孩子前来参观。家住城东的吉先生说：“环境好，书也多，以后周末就有好去处了。”据悉，新馆实行全年无休，每天开放12小时。',
];

/** Options for a sample page. */
export interface SamplePageOptions {
  /** 版次. Default 1. */
  number?: number;
  /** Put an astral character (𠮷, U+20BB7) in the second story's body. Default true. */
  astral?: boolean;
  /** Give the second story too little room, so it is overset. Default false. */
  overset?: boolean;
}

/** The headline of the lead story, as composed onto every sample page. */
export const LEAD_HEADLINE = '城乡建设齐发力 项目投资创新高';
export const SECOND_HEADLINE = '县图书馆新馆开放';

function pushLines(items: DisplayItem[], lines: readonly ComposedLine[], x: number, y: number, frameId: number, storyId: number): void {
  for (const line of lines) {
    for (const run of line.runs) {
      const item: TextItem = {
        kind: 'text',
        text: run.text,
        fontId: run.fontId,
        size: run.size,
        scaleX: run.scaleX,
        x: Array.from(run.x, (v) => v + x),
        y: run.baseline + y,
        color: BLACK,
        frameId,
        storyId,
      };
      items.push(item);
    }
  }
}

/**
 * A realistic broadsheet page composed with the real composer and the real Noto SC fonts:
 * a folio line, a lead story (引题 + fitted 主题 over eight body columns) and a second story
 * in five columns beside a framed box, as the page composer would hand it to the painters.
 */
export function samplePage(fonts: FontRegistry, opts: SamplePageOptions = {}): PageDisplayList {
  const number = opts.number ?? 1;
  const W = BROADSHEET.width;
  const margin = mmToPt(15);
  const top = mmToPt(18);
  const measure = W - 2 * margin;
  const cols = 8;
  const gutter = 10.5;
  const colW = (measure - gutter * (cols - 1)) / cols;
  const items: DisplayItem[] = [];
  const frames: FrameBox[] = [];
  const warnings: PageDisplayList['warnings'] = [];

  // Folio (版头): page number and section, then a rule across the measure.
  const folio = flowStory([{ text: `第${number}版　要闻`, style: STYLES.shuming }], [{ id: 'folio', width: measure, height: 20 }], fonts.fontsFor);
  pushLines(items, folio.frames[0]!.lines, margin, top, 100, 0);
  items.push({ kind: 'rule', x1: margin, y1: top + 18, x2: W - margin, y2: top + 18, width: 1.5, color: BLACK, style: 'double' });

  // Lead story: 引题 and a fitted 主题 across the full measure.
  let y = top + 30;
  const yinti = flowStory([{ text: '坚持项目为王 推动高质量发展', style: STYLES.yinti }], [{ id: 'yt', width: measure, height: 24 }], fonts.fontsFor);
  pushLines(items, yinti.frames[0]!.lines, margin, y, 1, 1);
  frames.push({ id: 1, storyId: 1, role: 'yinti', x: margin, y, w: measure, h: 24 });
  y += 24;
  const head = fitHeadline(LEAD_HEADLINE, STYLES.zhuti, measure * 0.7, fonts.fontSet(STYLES.zhuti.fonts));
  pushLines(items, head.lines, margin + measure * 0.15, y, 2, 1);
  frames.push({ id: 2, storyId: 1, role: 'zhuti', x: margin + measure * 0.15, y, w: measure * 0.7, h: head.height });
  y += head.height + 12;

  const bodyH = 860;
  const leadFrames: Frame[] = Array.from({ length: cols }, (_, i) => ({ id: `l${i}`, width: colW, height: bodyH }));
  const blocks: StoryBlock[] = [];
  for (let k = 0; k < 10; k++) for (const p of PARAGRAPHS) blocks.push({ text: p, style: STYLES.body });
  const lead = flowStory(blocks, leadFrames, fonts.fontsFor);
  lead.frames.forEach((fc, i) => {
    const x = margin + i * (colW + gutter);
    const id = 10 + i;
    pushLines(items, fc.lines, x, y, id, 1);
    frames.push({ id, storyId: 1, role: 'body', x, y, w: colW, h: bodyH });
  });
  y += bodyH + 16;
  items.push({ kind: 'rule', x1: margin, y1: y - 8, x2: W - margin, y2: y - 8, width: 0.5, color: BLACK });

  // Second story: five columns on the left, a tinted box on the right.
  const left = 5;
  const leftW = left * colW + (left - 1) * gutter;
  const head2 = fitHeadline(SECOND_HEADLINE, STYLES.zhuti, leftW * 0.8, fonts.fontSet(STYLES.zhuti.fonts));
  pushLines(items, head2.lines, margin + leftW * 0.1, y, 3, 2);
  frames.push({ id: 3, storyId: 2, role: 'zhuti', x: margin + leftW * 0.1, y, w: leftW * 0.8, h: head2.height });
  y += head2.height + 10;
  const secondH = opts.overset ? 60 : 200;
  const secondText = SECOND.map((t) => (opts.astral === false ? t : t.replace('吉先生', '𠮷先生')));
  const second = flowStory(
    secondText.map((text) => ({ text, style: STYLES.body })),
    Array.from({ length: left }, (_, i) => ({ id: `s${i}`, width: colW, height: secondH })),
    fonts.fontsFor,
  );
  second.frames.forEach((fc, i) => {
    const x = margin + i * (colW + gutter);
    const id = 30 + i;
    pushLines(items, fc.lines, x, y, id, 2);
    const last = i === left - 1;
    frames.push({
      id,
      storyId: 2,
      role: 'body',
      x,
      y,
      w: colW,
      h: secondH,
      ...(last && second.overset ? { overset: { chars: second.overset.chars, lines: second.overset.lines } } : {}),
    });
  });
  const boxX = margin + leftW + gutter;
  items.push({ kind: 'rect', x: boxX, y: y - 40, w: W - margin - boxX, h: 220, fill: { cmyk: [0, 0, 0, 0.15] }, stroke: MASTHEAD_RED, strokeWidth: 1 });

  for (const w of [...lead.warnings, ...second.warnings]) warnings.push({ kind: w.kind, message: w.message });
  const used = new Set<string>();
  for (const it of items) if (it.kind === 'text') used.add(it.fontId);
  return { pageId: 1000 + number, number, width: W, height: BROADSHEET.height, bleed: 0, items, frames, warnings, fonts: [...used].sort() };
}

/** A whole issue of `n` sample pages (版次 1…n). */
export function sampleIssue(fonts: FontRegistry, n: number): PageDisplayList[] {
  return Array.from({ length: n }, (_, i) => samplePage(fonts, { number: i + 1 }));
}

/** Every code point of the page's text items in reading order of the items. */
export function pageText(list: PageDisplayList): string {
  return list.items.map((it) => (it.kind === 'text' ? it.text : '')).join('');
}

/** Chromium flags for tests and benches (headless, no network side-traffic). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Origin the screen painter's font URLs point at in tests; `routeFonts` serves it from the registry. */
export const FONT_ORIGIN = 'http://fonts.banxin.test';
export const testFontUrl = (id: string): string => `${FONT_ORIGIN}/${encodeURIComponent(id)}`;

/** Serves font files to a page from the registry (the same files the PDF embeds). */
export async function routeFonts(page: Page, fonts: FontRegistry): Promise<void> {
  await page.route(`${FONT_ORIGIN}/**`, (route) => {
    const id = decodeURIComponent(route.request().url().slice(FONT_ORIGIN.length + 1));
    void route.fulfill({ status: 200, body: fonts.bytes(id), headers: { 'content-type': 'font/ttf' } });
  });
}

/**
 * Loads SVG pages into a page and waits until their fonts are in. `print`: one page per sheet
 * sized in points (for `page.pdf()`); `screen`: the SVGs as they are, 1 CSS px per point at scale 1.
 */
export async function showSvgPages(page: Page, svgs: readonly string[], size: { width: number; height: number }, mode: 'print' | 'screen'): Promise<void> {
  const css =
    mode === 'print'
      ? `@page{size:${size.width}pt ${size.height}pt;margin:0}html,body{margin:0}div.p{break-after:page;width:${size.width}pt;height:${size.height}pt;overflow:hidden}div.p>svg{display:block;width:100%;height:100%}`
      : 'html,body{margin:0}div.p>svg{display:block}';
  await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body>${svgs.map((s) => `<div class="p">${s}</div>`).join('')}</body></html>`);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}
