import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/import';
import { htmlToParagraphs } from '../../../electron/import/html-to-paragraphs';
import { makeDocx } from '../../fixtures/import/make-docx';

describe('.docx intake', () => {
  it('imports a generated document with headings, bold and a hostile link', async () => {
    const bytes = makeDocx([
      { text: '金华市人大代表永康中心组开展会前视察', heading: 2 },
      { text: '推动职业教育发展 培养高技能人才', heading: 1 },
      '本报讯(融媒记者 徐婷婷)1月2日,视察组一行实地探访“工学结合、产教一体”的工程实践中心,',
      '察看模具智能制造产线。',
      { text: '点击查看详情', link: 'javascript:alert(1)' },
      { text: '座谈会上,视察组听取了学院的介绍<script>alert(1)</script>。', bold: true },
    ]);
    const { stories } = await importFile({ name: '稿件.docx', bytes });
    expect(stories).toHaveLength(1);
    const s = stories[0];
    expect(s).toMatchObject({
      kicker: '金华市人大代表永康中心组开展会前视察',
      headline: '推动职业教育发展 培养高技能人才',
      byline: '融媒记者 徐婷婷',
      dateline: '本报讯（融媒记者 徐婷婷）',
    });
    expect(s?.body[0]).toBe('1月2日,视察组一行实地探访“工学结合、产教一体”的工程实践中心,察看模具智能制造产线。');
    expect(s?.body).toContain('点击查看详情');
    // The script text was literal document text: it stays text, and nothing anywhere is markup or a link target.
    const all = JSON.stringify(stories);
    expect(all).not.toContain('javascript:');
    expect(s?.body.at(-1)).toBe('座谈会上,视察组听取了学院的介绍<script>alert(1)</script>。');
  });
});

describe('HTML (paste and mammoth output) → text', () => {
  it('drops active content, attributes, links and remote resources', () => {
    const html = `<html><head><title>t</title><style>p{color:red}</style></head><body>
      <h1 onclick="x()">主题<img src="http://evil/x.png" onerror="alert(1)"></h1>
      <p>第一段<a href="javascript:alert(1)">链接文字</a>，继续。<script>document.cookie</script></p>
      <iframe src="http://evil/"></iframe><SCRIPT>bad()</SCRIPT><p>第二段 &amp; 实体 &#x20BB7; &lt;b&gt;</p>
      <svg><script>x</script></svg><!-- <p>comment</p> --><p><b>全部加粗</b></p></body></html>`;
    const { paragraphs, droppedImages, droppedActive } = htmlToParagraphs(html);
    expect(paragraphs).toEqual([
      { text: '主题', hint: 'heading' },
      { text: '第一段链接文字，继续。' },
      { text: '第二段 & 实体 𠮷 <b>' },
      { text: '全部加粗', hint: 'bold' },
    ]);
    expect(droppedImages).toBe(1);
    expect(droppedActive).toBeGreaterThanOrEqual(5);
  });

  it('imports pasted HTML in preference to its plain text', async () => {
    const { stories, warnings } = await importFile({ name: 'paste', text: 'ignored', html: '<p>标题一行</p><p>正文内容在这里，足够长的一段文字。</p><img src="https://x/y.png">' });
    expect(stories[0]).toMatchObject({ headline: '标题一行', body: ['正文内容在这里，足够长的一段文字。'] });
    expect(warnings.join()).toContain('图片');
  });

  it('survives malformed markup without throwing', () => {
    for (const h of ['<', '<p', '<<p>>x', '<script>never closed', '&#xFFFFFFF;&#0;&bogus;', '</p></p><p>文字']) {
      expect(() => htmlToParagraphs(h)).not.toThrow();
    }
    expect(htmlToParagraphs('<script>never closed <p>x</p>').paragraphs).toEqual([]);
  });
});

describe('.md intake', () => {
  it('strips Markdown and keeps headings as headline cues', async () => {
    const md = '# 社会主义核心价值观\n\n富强 民主 文明 和谐\n\n自由 平等 公正 法治\n';
    const { stories } = await importFile({ name: 'box.md', bytes: new TextEncoder().encode(md) });
    expect(stories[0]).toMatchObject({ kind: 'box', headline: '社会主义核心价值观', body: ['富强 民主 文明 和谐', '自由 平等 公正 法治'] });
    const md2 = '## 小标题\n\n正文有[链接](javascript:alert(1))和**加粗**，还有图片![图](http://x/a.png)。\n';
    const r = await importFile({ name: 'a.md', bytes: new TextEncoder().encode(md2) });
    expect(r.stories[0]?.body).toEqual(['正文有链接和加粗，还有图片。']);
  });
});
