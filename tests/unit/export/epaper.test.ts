import { describe, expect, it } from 'vitest';
import { buildEpaper, hotZones, type EpaperInput } from '../../../electron/export/epaper';
import type { FrameBox } from '../../../shared/model/display-list';

const frame = (id: number, storyId: number | null, x: number, y: number, w: number, h: number): FrameBox => ({ id, storyId, role: 'body', x, y, w, h });
const content = (headline: string) => ({ kind: 'article' as const, kicker: '引题', headline, subhead: '——侧记', byline: '记者 某某', dateline: '本报讯', section: '要闻', body: [{ type: 'paragraph' as const, text: '正文<b>𠮷' }] });

const input: EpaperInput = {
  paperName: '永康日报', date: '2025-01-04', number: 3, totalNumber: 9999,
  pages: [
    { number: 1, name: '要闻', width: 1000, height: 2000, bleed: 0, frames: [frame(1, null, 0, 0, 1000, 100), frame(2, 7, 100, 200, 400, 500), frame(3, 8, 500, 200, 400, 500)], image: { kind: 'png', small: Buffer.from('s'), large: Buffer.from('L') } },
    { number: 2, name: '综合', width: 1000, height: 2000, bleed: 0, frames: [frame(4, 7, 0, 0, 500, 300)], image: { kind: 'svg', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>' } },
  ],
  articles: [
    { storyId: 7, content: content('主题一'), tags: [{ name: '经济', kind: 'topic' }] },
    { storyId: 8, content: content('主题二'), tags: [] },
  ],
};

describe('e-paper hot zones', () => {
  it('maps story frames to percentages of the page image, skipping frames without a story', () => {
    const z = hotZones(input.pages[0]!, new Set([7, 8]));
    expect(z).toEqual([
      { storyId: 7, left: 10, top: 10, width: 40, height: 25 },
      { storyId: 8, left: 50, top: 10, width: 40, height: 25 },
    ]);
  });

  it('accounts for the bleed the page image includes and clamps to the trim', () => {
    const z = hotZones({ width: 100, height: 100, bleed: 10, frames: [frame(1, 1, -5, 0, 50, 200)] }, new Set([1]));
    expect(z).toEqual([{ storyId: 1, left: 8.33, top: 8.33, width: 37.5, height: 83.33 }]);
  });
});

describe('buildEpaper', () => {
  const files = new Map(buildEpaper(input).map((f) => [f.path, f.data.toString('utf8')]));

  it('writes the index, every page, every article, the images and the stylesheet', () => {
    expect([...files.keys()].sort()).toEqual(
      ['article-7.html', 'article-8.html', 'img/page-1-small.png', 'img/page-1.png', 'img/page-2.svg', 'index.html', 'page-1.html', 'page-2.html', 'style.css'].sort(),
    );
  });

  it('links hot zones to article pages, continuations included, and articles back to every page they run on', () => {
    expect(files.get('page-1.html')).toMatch(/<a class="zone" href="article-7.html" data-story="7"[^>]*style="left:10%;top:10%;width:40%;height:25%"/);
    expect(files.get('page-2.html')).toContain('href="article-7.html"');
    expect(files.get('article-7.html')).toContain('<a href="page-1.html">第1版</a> <a href="page-2.html">第2版</a>');
    expect(files.get('article-8.html')).not.toContain('page-2.html">第2版');
  });

  it('keeps the headline roles, byline, dateline and tags, escaped', () => {
    const a = files.get('article-7.html')!;
    expect(a).toContain('<p class="kicker">引题</p><h1>主题一</h1><p class="subhead">——侧记</p>');
    expect(a).toContain('<div class="credit">本报讯 记者 某某</div>');
    expect(a).toContain('<li data-kind="topic">经济</li>');
    expect(a).toContain('<p>正文&lt;b&gt;𠮷</p>');
  });

  it('names a reporter once when the byline repeats the 电头 (本报讯（记者 张三） and 记者 张三)', () => {
    const story = { ...content('主题三'), byline: '记者 张三', dateline: '本报讯（记者 张三）' };
    const out = new Map(buildEpaper({ ...input, articles: [{ storyId: 7, content: story, tags: [] }] }).map((f) => [f.path, f.data.toString('utf8')]));
    const a = out.get('article-7.html')!;
    expect(a).toContain('<div class="credit">本报讯（记者 张三）</div>');
    expect(a.split('张三').length - 1).toBe(1);
  });

  it('uses relative links only: no scripts and no external URLs', () => {
    for (const [path, text] of files) {
      if (!path.endsWith('.html')) continue;
      expect(text).not.toMatch(/<script|https?:|\/\/|src="\/|href="\//);
    }
  });
});
