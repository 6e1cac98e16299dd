import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newsmlItem, type NewsmlInput } from '../../../electron/export/newsml';

// The IPTC schema sits beside the checkout (read-only reference material); xmllint is apt libxml2-utils.
const XSD_DIR = resolve(__dirname, '../../../../shared/standards/newsml-g2-2.35');
const dir = mkdtempSync(join(tmpdir(), 'banxin-newsml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(xml: string): { ok: boolean; out: string } {
  const path = join(dir, `item-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(path, xml);
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', 'NewsML-G2_2.35-spec-All-Power.xsd', path], { cwd: XSD_DIR, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

const base: NewsmlInput = {
  storyId: 7,
  revision: 3,
  issueDate: '2025-01-04',
  paperName: '永康日报',
  pageNumber: 1,
  versionCreated: '2025-01-04T10:00:00+08:00',
  tags: [
    { name: '经济', kind: 'topic', iptcCode: 'medtop:04000000' },
    { name: '永康', kind: 'place', iptcCode: null },
  ],
  content: {
    kind: 'article', kicker: '引题：<开局>', headline: '主题 & “标题”', subhead: '——某会议侧记', byline: '融媒记者 某某',
    dateline: '本报讯', section: '要闻', body: [{ type: 'paragraph', text: '城东的𠮷先生说。' }, { type: 'subheading', text: '小标题' }],
  },
};

describe('NewsML-G2 item', () => {
  it('validates against the NewsML-G2 2.35 Power schema', () => {
    const r = validate(newsmlItem(base));
    expect(r.out).toMatch(/validates/);
    expect(r.ok).toBe(true);
  });

  it('keeps 引题/主题/副题 with their roles, byline, dateline, section and tags with IPTC codes', () => {
    const xml = newsmlItem(base);
    expect(xml).toContain('<headline role="bxhl:kicker">引题：&lt;开局&gt;</headline>');
    expect(xml).toContain('<headline role="bxhl:main">主题 &amp; “标题”</headline>');
    expect(xml).toContain('<headline role="bxhl:subtitle">——某会议侧记</headline>');
    expect(xml).toContain('<by>融媒记者 某某</by>');
    expect(xml).toContain('<dateline>本报讯</dateline>');
    expect(xml).toMatch(/<subject type="cpnat:abstract" literal="section:要闻"[^>]*><name>要闻<\/name>/);
    expect(xml).toContain('<subject type="cpnat:abstract" qcode="medtop:04000000"><name>经济</name></subject>');
    expect(xml).toContain('<subject type="cpnat:abstract" literal="place:永康"><name>永康</name></subject>');
    expect(xml).toContain('<p>城东的𠮷先生说。</p>');
    expect(xml).toContain('<h3>小标题</h3>');
  });

  it('stays valid with empty optional fields, and with markup and control characters in the copy', () => {
    const bare = newsmlItem({ ...base, tags: [], content: { ...base.content, kicker: '', subhead: '', byline: '', dateline: '', section: '', body: [] } });
    expect(validate(bare).ok).toBe(true);
    expect(bare).not.toContain('bxhl:kicker');
    const nasty = newsmlItem({ ...base, content: { ...base.content, headline: ']]></headline><script>x</script>\u0001', body: [{ type: 'paragraph', text: '<b>&amp;</b>' }] } });
    expect(validate(nasty).ok).toBe(true);
    expect(nasty).not.toContain('<script>');
  });

  it('fails validation when the schema is actually checked (the harness can fail)', () => {
    expect(validate(newsmlItem(base).replace('<itemMeta>', '<itemMeta><bogus/>')).ok).toBe(false);
  });
});
