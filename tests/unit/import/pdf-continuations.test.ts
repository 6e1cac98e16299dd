import { describe, expect, it } from 'vitest';
import { applyRepairChoice } from '../../../electron/import';
import { joinContinuations } from '../../../electron/import/pdf/continuations';
import type { SourceParagraph } from '../../../electron/import/source-paragraph';
import { jumpLine } from '../../../shared/text/page-furniture';

// Pages as the PDF layout hands them over (paragraphs with head tiers, tagged with their page):
// the joining of 转版 continuations is tested on them directly, then through the ordinary
// story recognition, which strips the jump lines and rejoins the paragraph the page cut.
const head = (text: string, page: number, tier: SourceParagraph['tier'] = 'headline', afterBlank = true): SourceParagraph => ({ text, hint: 'heading', tier, page, ...(afterBlank ? { afterBlank } : {}) });
const copy = (text: string, page: number): SourceParagraph => ({ text, page });

function issue(first: number): SourceParagraph[][] {
  return [
    [
      head('全市项目建设再提速', 1),
      copy('本报讯 今年以来，全市重点项目完成投资四十八亿元，同比增长百分之十二，其中城南工业园区', 1),
      copy(`（下转第${first + 1}版）`, 1),
      head('图书馆新馆开放', 1),
      copy('本报讯 县图书馆新馆正式开放，藏书超过四十万册。', 1),
    ],
    [
      head('要闻速览', 2),
      copy('全市春耕备耕工作有序展开，农资供应充足。', 2),
      head('项目建设再提速', 2),
      copy(`（上接第${first}版）`, 2),
      copy('新入驻企业十七家，预计明年新增产值二十亿元以上。', 2),
      copy('县发改局表示，将继续优化营商环境。', 2),
      head('第三篇', 2),
      copy('第三篇的正文。', 2),
    ],
  ];
}

describe('转版 continuations across the pages of a PDF', () => {
  it('reads jump lines: direction and 版 number, Chinese numerals and section letters too', () => {
    expect(jumpLine('（下转第2版）')).toEqual({ direction: 'down', label: '2', number: 2 });
    expect(jumpLine('上接第十二版')).toEqual({ direction: 'up', label: '十二', number: 12 });
    expect(jumpLine('转第A3版')).toEqual({ direction: 'down', label: 'A3', number: 3 });
    expect(jumpLine('下转第2版的说法')).toBeNull();
  });

  it('moves the continuation behind its 下转 line, drops the 转版标题, and names the join', () => {
    const { paragraphs, notes } = joinContinuations(issue(1));
    expect(paragraphs.map((p) => [p.page, p.text.slice(0, 8)])).toEqual([
      [1, '全市项目建设再提'],
      [1, '本报讯 今年以来'],
      [1, '（下转第2版）'],
      [1, '（上接第1版）'],
      [1, '新入驻企业十七家'],
      [1, '县发改局表示，将'],
      [1, '图书馆新馆开放'],
      [1, '本报讯 县图书馆'],
      [2, '要闻速览'],
      [2, '全市春耕备耕工作'],
      [2, '第三篇'],
      [2, '第三篇的正文。'],
    ]);
    expect(paragraphs[1]!.runsOn).toBe(true);
    expect(notes).toEqual(['第 1 页《全市项目建设再提速》的转版续文在第 2 页，已接在原稿后（转版标题“项目建设再提速”不再单列）。']);
  });

  it('matches by the distance of 版 numbers, not their values: a file whose first page is 第5版', () => {
    const { paragraphs, notes } = joinContinuations(issue(5));
    expect(paragraphs.map((p) => p.text)).toContain('（上接第5版）');
    expect(paragraphs.findIndex((p) => p.text === '（上接第5版）')).toBe(3);
    expect(notes[0]).toContain('已接在原稿后');
  });

  it('through story recognition: one story, whole paragraph, jump lines stripped as reviewable repairs', () => {
    const { paragraphs, notes } = joinContinuations(issue(1));
    const r = applyRepairChoice({ name: 'x.pdf', paragraphs, warnings: notes });
    expect(r.stories.map((s) => [s.page, s.headline])).toEqual([
      [1, '全市项目建设再提速'],
      [1, '图书馆新馆开放'],
      [2, '要闻速览'],
      [2, '第三篇'],
    ]);
    expect(r.stories[0]!.body).toEqual(['今年以来，全市重点项目完成投资四十八亿元，同比增长百分之十二，其中城南工业园区新入驻企业十七家，预计明年新增产值二十亿元以上。', '县发改局表示，将继续优化营商环境。']);
    const strips = r.stories[0]!.repairs.filter((x) => x.kind === 'strip-artifact').map((x) => x.before);
    expect(strips).toEqual(['（下转第2版）', '（上接第1版）']);
    // Rejecting the rejoin keeps the two halves apart: nothing is joined behind the editor's back.
    const rejoin = r.stories[0]!.repairs.find((x) => x.kind === 'rejoin-paragraph')!;
    expect(rejoin.reason).toContain('转版');
    const kept = applyRepairChoice({ name: 'x.pdf', paragraphs, warnings: notes }, { rejected: [rejoin.id] });
    expect(kept.stories[0]!.body).toHaveLength(3);
  });

  it('a 下转 whose page is not in the file, and an 上接 with no 前文, are named; nothing runs over a page break by itself', () => {
    const pages = issue(1);
    const { paragraphs, notes } = joinContinuations([pages[0]!]);
    expect(notes).toEqual(['第 1 页《全市项目建设再提速》注明“下转第2版”，但这一版不在此 PDF 中，只导入了前半部分。']);
    const alone = joinContinuations([[copy('前一页最后一段没有句号，而且', 1)], pages[1]!.slice(2)]);
    expect(alone.notes).toEqual(['第 2 页有“上接第1版”的续文，此 PDF 中找不到前文，单独列为一篇。']);
    const r = applyRepairChoice({ name: 'x.pdf', paragraphs: alone.paragraphs, warnings: [] });
    expect(r.stories.map((s) => [s.page, s.headline, s.body.length])).toEqual([
      [1, '', 1],
      [2, '项目建设再提速', 2],
      [2, '第三篇', 1],
    ]);
    expect(paragraphs).toHaveLength(5);
    // Copy at the top of a page with no head and no jump line is not the last story's, even when
    // that story's last paragraph lacks its full stop.
    const loose = joinContinuations([[head('甲稿', 1), copy('甲稿的正文，写到这里没有句号', 1)], [copy('乙页开头的一段正文，没有标题。', 2)]]);
    const split = applyRepairChoice({ name: 'x.pdf', paragraphs: loose.paragraphs, warnings: [] });
    expect(split.stories.map((s) => [s.page, s.headline, s.body])).toEqual([
      [1, '甲稿', ['甲稿的正文，写到这里没有句号']],
      [2, '', ['乙页开头的一段正文，没有标题。']],
    ]);
  });

  it('finds a 转版标题 the reading order put away from its copy, but never takes a real story’s title for one', () => {
    const page1 = [head('绘蓝图 明任务 聚共识 擂战鼓', 1), copy('第一部分，', 1), copy('（下转第2版）', 1)];
    // The continuation's copy came first, its centred 转版标题 after it, next to the heads of another story.
    const page2 = [copy('（上接第1版）', 2), copy('第二部分。', 2), head('聚共识 擂战鼓', 2), head('老城焕新颜', 2, 'kicker', false), head('城西小区改造完工', 2, 'headline', false), copy('本报讯 城西小区改造完工。', 2)];
    const moved = joinContinuations([page1, page2]);
    expect(moved.notes[0]).toContain('转版标题“聚共识 擂战鼓”不再单列');
    const r = applyRepairChoice({ name: 'x.pdf', paragraphs: moved.paragraphs, warnings: [] });
    expect(r.stories.map((s) => [s.page, s.kicker, s.headline, s.body.join('|')])).toEqual([
      [1, '', '绘蓝图 明任务 聚共识 擂战鼓', '第一部分，第二部分。'],
      [2, '老城焕新颜', '城西小区改造完工', '城西小区改造完工。'],
    ]);
    // A story of its own whose title is part of that 主题 keeps its title: its copy follows it.
    const real = [copy('（上接第1版）', 2), copy('第二部分。', 2), head('擂战鼓', 2), copy('本报讯 另一篇稿件的正文。', 2)];
    const kept = joinContinuations([page1, real]);
    expect(kept.notes[0]).not.toContain('转版标题');
    expect(applyRepairChoice({ name: 'x.pdf', paragraphs: kept.paragraphs, warnings: [] }).stories.map((s) => s.headline)).toEqual(['绘蓝图 明任务 聚共识 擂战鼓', '擂战鼓']);
  });

  it('a continuation that runs on again (第1版 → 第2版 → 第3版) is joined along the chain, in order', () => {
    const pages: SourceParagraph[][] = [
      [head('长篇通讯', 1), copy('第一部分，', 1), copy('（下转第2版）', 1)],
      [head('长篇通讯', 2), copy('（上接第1版）', 2), copy('第二部分，', 2), copy('（下转第3版）', 2), head('别的稿件', 2), copy('别的正文。', 2)],
      [head('长篇通讯', 3), copy('（上接第2版）', 3), copy('第三部分。', 3)],
    ];
    const { paragraphs } = joinContinuations(pages);
    expect(paragraphs.map((p) => p.text)).toEqual(['长篇通讯', '第一部分，', '（下转第2版）', '（上接第1版）', '第二部分，', '（下转第3版）', '（上接第2版）', '第三部分。', '别的稿件', '别的正文。']);
    const r = applyRepairChoice({ name: 'x.pdf', paragraphs, warnings: [] });
    expect(r.stories.map((s) => [s.page, s.headline, s.body.join('|')])).toEqual([
      [1, '长篇通讯', '第一部分，第二部分，第三部分。'],
      [2, '别的稿件', '别的正文。'],
    ]);
  });
});
