import type { FrameBox } from '../../shared/model/display-list';
import { bylineBesideDateline } from '../../shared/model/credit-line';
import type { StoryContent } from '../../shared/model/story';
import { escapeXml } from '../../shared/render/xml';

/** One page of the e-paper: its size, frames (for hot zones) and its images. */
export interface EpaperPage {
  number: number;
  name: string;
  /** Trim size in points. */
  width: number;
  height: number;
  /** Bleed around the trim that the page image includes (the print PDF's MediaBox), in points. */
  bleed: number;
  /** The composed page's frames, in points from the trim's top-left. */
  frames: readonly FrameBox[];
  /** Page images: PNGs at two resolutions, or one SVG (the fallback without pdftoppm). */
  image: { kind: 'png'; small: Buffer; large: Buffer } | { kind: 'svg'; svg: string };
}

/** One article of the e-paper. */
export interface EpaperArticle {
  storyId: number;
  content: StoryContent;
  tags: ReadonlyArray<{ name: string; kind: string }>;
  /** Pictures that illustrate it: `file` is a name under img/, written once however many articles use it. */
  pictures?: ReadonlyArray<{ file: string; data: Buffer; caption: string; credit: string }>;
}

/** What the e-paper of an issue is made from. */
export interface EpaperInput {
  paperName: string;
  date: string;
  number: number;
  totalNumber: number;
  pages: readonly EpaperPage[];
  articles: readonly EpaperArticle[];
}

/** A file of the static e-paper folder: a relative `/`-separated path and its bytes. */
export interface EpaperFile {
  path: string;
  data: Buffer;
}

/** A clickable rectangle on a page image, in percent of the page (so it scales with the image). */
export interface HotZone {
  storyId: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

const e = escapeXml;
const pct = (v: number): number => Math.round(v * 10000) / 100;

export const pageFile = (n: number): string => `page-${n}.html`;
export const articleFile = (storyId: number): string => `article-${storyId}.html`;

/**
 * The hot zones of a page: one per frame that holds a story (headline and every body frame,
 * so a continuation on another page is clickable there too), clamped to the page.
 */
export function hotZones(page: Pick<EpaperPage, 'width' | 'height' | 'bleed' | 'frames'>, articleIds: ReadonlySet<number>): HotZone[] {
  const out: HotZone[] = [];
  // The image shows the trim plus the bleed on every side: shift and scale into that box.
  const b = Math.max(0, page.bleed);
  const W = page.width + 2 * b;
  const H = page.height + 2 * b;
  for (const f of page.frames) {
    if (f.storyId === null || !articleIds.has(f.storyId)) continue;
    const x0 = Math.max(0, f.x);
    const y0 = Math.max(0, f.y);
    const x1 = Math.min(page.width, f.x + f.w);
    const y1 = Math.min(page.height, f.y + f.h);
    if (x1 <= x0 || y1 <= y0) continue;
    out.push({ storyId: f.storyId, left: pct((x0 + b) / W), top: pct((y0 + b) / H), width: pct((x1 - x0) / W), height: pct((y1 - y0) / H) });
  }
  return out;
}

const CSS = `body{margin:0;font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",serif;background:#f4f1ea;color:#222}
header,footer{padding:12px 20px;background:#8b1a1a;color:#fff}
header a,footer a{color:#fff}
main{max-width:1100px;margin:0 auto;padding:16px}
figure{margin:16px 0}figure img{max-width:100%;display:block}figcaption{font-size:14px;color:#555;margin-top:4px}
.pages{display:flex;flex-wrap:wrap;gap:16px;list-style:none;padding:0}
.pages li{background:#fff;padding:8px;box-shadow:0 1px 3px #0003}
.pages img{display:block;width:220px;height:auto}
.sheet{position:relative;width:100%;max-width:1000px;margin:0 auto;background:#fff;box-shadow:0 1px 4px #0004}
.sheet img{display:block;width:100%;height:auto}
.zone{position:absolute;display:block;outline:1px solid transparent}
.zone:hover,.zone:focus{background:#ffd70033;outline-color:#c90}
nav.pager{display:flex;gap:12px;justify-content:center;padding:8px}
article{background:#fff;max-width:760px;margin:0 auto;padding:24px 32px;line-height:1.8}
.kicker,.subhead{margin:0;font-size:1.1em;color:#444}
h1{margin:.2em 0;font-size:1.9em}
.credit{color:#555}
.tags{list-style:none;padding:0;display:flex;gap:8px;flex-wrap:wrap}
.tags li{border:1px solid #ccc;border-radius:3px;padding:0 6px;font-size:.9em}
p{text-indent:2em;margin:.4em 0}
`;

function doc(title: string, body: string): Buffer {
  // No scripts, no external requests: a folder that works when opened from disk.
  return Buffer.from(
    `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
      `<title>${e(title)}</title><link rel="stylesheet" href="style.css"></head><body>\n${body}\n</body></html>\n`,
    'utf8',
  );
}

/**
 * Builds the static e-paper (数字报) of an issue: `index.html` (every page as a thumbnail), one
 * HTML page per newspaper page (the page image with clickable article hot zones), one HTML page
 * per article (headline roles, byline, dateline, tags, the pages it runs on) and `style.css`.
 * Relative links only; nothing is fetched from the network.
 */
export function buildEpaper(input: EpaperInput): EpaperFile[] {
  const files: EpaperFile[] = [];
  const title = `${input.paperName} ${input.date}`;
  const ids = new Set(input.articles.map((a) => a.storyId));
  const pagesOf = new Map<number, number[]>();
  const header = `<header><a href="index.html">${e(input.paperName)}</a> · ${e(input.date)} · 第${input.number}期（总第${input.totalNumber}期）</header>`;

  files.push({ path: 'style.css', data: Buffer.from(CSS, 'utf8') });
  const items: string[] = [];
  for (const p of input.pages) {
    const label = `第${p.number}版 ${p.name}`;
    let small: string;
    let large: string;
    if (p.image.kind === 'png') {
      small = `img/page-${p.number}-small.png`;
      large = `img/page-${p.number}.png`;
      files.push({ path: small, data: p.image.small }, { path: large, data: p.image.large });
    } else {
      small = large = `img/page-${p.number}.svg`;
      files.push({ path: large, data: Buffer.from(p.image.svg, 'utf8') });
    }
    items.push(`<li><a href="${pageFile(p.number)}"><img src="${small}" alt="${e(label)}"><span>${e(label)}</span></a></li>`);
    const zones = hotZones(p, ids);
    for (const z of zones) {
      const list = pagesOf.get(z.storyId) ?? [];
      if (!list.includes(p.number)) list.push(p.number);
      pagesOf.set(z.storyId, list);
    }
    const byId = new Map(input.articles.map((a) => [a.storyId, a]));
    const links = zones
      .map((z) => {
        const a = byId.get(z.storyId)!;
        return `<a class="zone" href="${articleFile(z.storyId)}" data-story="${z.storyId}" title="${e(a.content.headline)}" aria-label="${e(a.content.headline)}" style="left:${z.left}%;top:${z.top}%;width:${z.width}%;height:${z.height}%"></a>`;
      })
      .join('\n');
    const i = input.pages.indexOf(p);
    const prev = input.pages[i - 1];
    const next = input.pages[i + 1];
    const pager = `<nav class="pager">${prev ? `<a href="${pageFile(prev.number)}">上一版</a>` : ''}<a href="index.html">目录</a>${next ? `<a href="${pageFile(next.number)}">下一版</a>` : ''}</nav>`;
    files.push({
      path: pageFile(p.number),
      data: doc(`${label} - ${title}`, `${header}\n<main>${pager}<div class="sheet" data-page="${p.number}"><img src="${large}" alt="${e(label)}">\n${links}\n</div>${pager}</main>`),
    });
  }
  files.push({ path: 'index.html', data: doc(title, `${header}\n<main><h1>${e(title)}</h1><ul class="pages">${items.join('\n')}</ul></main>`) });

  for (const a of input.articles) {
    const c = a.content;
    const on = (pagesOf.get(a.storyId) ?? []).map((n) => `<a href="${pageFile(n)}">第${n}版</a>`).join(' ');
    // 本报讯（记者 张三） with the byline 记者 张三: the reporter is named once.
    const credit = [c.dateline, bylineBesideDateline(c.byline, c.dateline)].filter(Boolean).map(e).join(' ');
    const body = c.body.map((b) => (b.type === 'subheading' ? `<h3>${e(b.text)}</h3>` : `<p>${e(b.text)}</p>`)).join('\n');
    const figures = (a.pictures ?? [])
      .map((pic) => {
        if (!files.some((f) => f.path === `img/${pic.file}`)) files.push({ path: `img/${pic.file}`, data: pic.data });
        const cap = [pic.caption, pic.credit].filter(Boolean).map(e).join(' ');
        return `<figure><img src="img/${e(pic.file)}" alt="${e(pic.caption)}">${cap ? `<figcaption>${cap}</figcaption>` : ''}</figure>`;
      })
      .join('\n');
    const tags = a.tags.length ? `<ul class="tags">${a.tags.map((t) => `<li data-kind="${e(t.kind)}">${e(t.name)}</li>`).join('')}</ul>` : '';
    files.push({
      path: articleFile(a.storyId),
      data: doc(
        `${c.headline} - ${title}`,
        `${header}\n<main><article data-story="${a.storyId}">` +
          (c.section ? `<div class="section">${e(c.section)}</div>` : '') +
          (c.kicker ? `<p class="kicker">${e(c.kicker)}</p>` : '') +
          `<h1>${e(c.headline)}</h1>` +
          (c.subhead ? `<p class="subhead">${e(c.subhead)}</p>` : '') +
          (credit ? `<div class="credit">${credit}</div>` : '') +
          (figures ? `\n${figures}` : '') +
          `\n${body}\n${tags}` +
          (on ? `<footer>刊于 ${on}</footer>` : '') +
          `</article></main>`,
      ),
    });
  }
  return files;
}
