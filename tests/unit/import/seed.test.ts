import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRepairChoice, applyRepairs, importFile, parsePage } from '../../../electron/import';

// The seed lives outside the repo and is read in place, never copied.
const SEED = resolve(process.cwd(), '../shared/seed/000_482dc2148900315e.txt');
const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(SEED));

describe('seed page', () => {
  it('yields exactly its four items with the right fields', async () => {
    const { stories, warnings } = await importFile({ name: '000.txt', bytes: seedBytes() });
    expect(warnings).toEqual([]);
    expect(stories).toHaveLength(4);
    const [a, b, c, d] = stories;

    expect(a).toMatchObject({
      kind: 'article',
      kicker: '',
      headline: '绘蓝图 明任务 聚共识 擂战鼓',
      subhead: '市委市政府全会暨市委经济工作会议侧记',
      byline: '融媒记者 李梦楚',
      dateline: '',
    });
    expect(a?.body).toHaveLength(12);
    // The typed ASCII spaces between Chinese phrases are proposed for removal and removed by default (#18).
    expect(a?.body[0]).toMatch(/^2024年成绩单亮点几何\?2025年施工图规划如何\?1月3日下午/);
    expect(a?.body.some((p) => p.includes('共同富裕示范区取得明显实质性进展'))).toBe(true);
    expect(a?.body.some((p) => p.includes('不是简单的运输通道,而是双向开放'))).toBe(true);
    expect(a?.body.some((p) => p.includes('以民生改善高质量提升“融合度”。'))).toBe(true);
    expect(a?.body.at(-1)).toMatch(/多作贡献。$/);
    expect(a?.body.every((p) => !p.includes('融媒记者'))).toBe(true);

    expect(b).toMatchObject({
      kind: 'commentary',
      kicker: '',
      headline: '把握四方面认识 推动高质量发展',
      subhead: '一论贯彻落实市委市政府全会暨市委经济工作会议精神',
      byline: '融媒评论员',
      dateline: '',
    });
    expect(b?.body).toHaveLength(6);
    expect(b?.body.some((p) => p.includes('顺势而为才能趁势而上。'))).toBe(true);
    expect(b?.body.some((p) => p.includes('夯实的基础,全力稳经济'))).toBe(true);

    expect(c).toMatchObject({
      kind: 'article',
      kicker: '金华市人大代表永康中心组第二小组开展会前视察活动',
      headline: '推动职业教育发展 培养高技能人才',
      subhead: '',
      byline: '融媒记者 徐婷婷',
      dateline: '本报讯（融媒记者 徐婷婷）',
    });
    expect(c?.body).toHaveLength(3);
    expect(c?.body[0]).toMatch(/^1月2日,金华市第八组人大代表/);

    expect(d).toMatchObject({ kind: 'box', headline: '社会主义核心价值观', kicker: '', subhead: '', byline: '', dateline: '' });
    // The box's credit line is its signature: kept by default (#18), offered for removal.
    expect(d?.body).toEqual(['富强 民主 文明 和谐', '自由 平等 公正 法治', '爱国 敬业 诚信 友善', '永康市融媒体中心 宣']);
  });

  it('lists every repair as reviewable, with offsets into the original text', async () => {
    const page = await parsePage({ name: '000.txt', bytes: seedBytes() });
    const { stories } = applyRepairChoice(page);
    const repairs = stories.flatMap((s) => s.repairs);
    const kinds = repairs.map((r) => r.kind).sort();
    expect(kinds.filter((k) => k === 'rejoin-paragraph')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'split-headline')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'strip-artifact')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'normalize-dateline')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'collapse-space').length).toBeGreaterThanOrEqual(4);
    for (const r of repairs) {
      // Every repair is on by default except removing the box's credit line (a signature is kept).
      expect(r.accepted).toBe(r.kind !== 'strip-artifact');
      expect(r.reason).toMatch(/[\u4e00-\u9fff]/);
      const src = page.paragraphs[r.source.paragraph]?.text ?? '';
      expect(r.source.end).toBeLessThanOrEqual(src.length);
      if (r.kind === 'strip-artifact' || r.kind === 'normalize-dateline') expect(src.slice(r.source.start, r.source.end)).toBe(r.before);
      if (r.kind === 'split-headline') expect(src.slice(r.source.start, r.source.end).trim()).toBe('');
    }
    const dl = repairs.find((r) => r.kind === 'normalize-dateline');
    expect(dl).toMatchObject({ before: '本报讯(融媒记者 徐婷婷)', after: '本报讯（融媒记者 徐婷婷）', paragraphIndex: 0 });
    const strip = repairs.find((r) => r.kind === 'strip-artifact');
    expect(strip?.before).toBe('永康市融媒体中心 宣');
    // Ids are stable across re-parses.
    const again = applyRepairChoice(await parsePage({ name: '000.txt', bytes: seedBytes() }));
    expect(again.stories.flatMap((s) => s.repairs.map((r) => r.id))).toEqual(repairs.map((r) => r.id));
  });

  it('recomputes the result when the user rejects repairs', async () => {
    const page = await parsePage({ name: '000.txt', bytes: seedBytes() });
    const all = applyRepairChoice(page).stories.flatMap((s) => s.repairs);
    const rejoin = all.find((r) => r.kind === 'rejoin-paragraph' && r.before.includes('取⏎得'));
    const split1 = all.find((r) => r.kind === 'split-headline' && r.before.startsWith('绘蓝图'));
    const dateline = all.find((r) => r.kind === 'normalize-dateline');
    expect(rejoin && split1 && dateline).toBeTruthy();
    const rejected = [rejoin?.id ?? '', split1?.id ?? '', dateline?.id ?? ''];
    const { stories } = applyRepairChoice(page, { rejected });
    expect(stories).toHaveLength(4);
    const [a, , c] = stories;
    expect(a?.headline).toBe('绘蓝图 明任务 聚共识 擂战鼓 市委市政府全会暨市委经济工作会议侧记');
    expect(a?.subhead).toBe('');
    expect(a?.body).toHaveLength(13);
    expect(a?.body.some((p) => p.endsWith('共同富裕示范区取'))).toBe(true);
    expect(c?.dateline).toBe('本报讯(融媒记者 徐婷婷)');
    const shown = stories.flatMap((s) => s.repairs);
    const creditStrip = shown.find((r) => r.kind === 'strip-artifact')?.id ?? '';
    expect(shown.filter((r) => !r.accepted).map((r) => r.id).sort()).toEqual([...rejected, creditStrip].sort());

    // Exact-subset form: nothing accepted gives the raw structure, and the credit line stays.
    const none = applyRepairs(page, new Set());
    expect(none.stories.flatMap((s) => s.repairs).every((r) => !r.accepted)).toBe(true);
    const box = none.stories.at(-1);
    expect(box?.kind).toBe('box');
    expect(box?.body.at(-1)).toBe('永康市融媒体中心 宣');
  });
});
