import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/import';
import { splitMergedHeadline } from '../../../electron/import/headline-split';
import { classifyLine, isBylineLine, matchDateline } from '../../../electron/import/classify';
import { artifactReason } from '../../../shared/text/page-furniture';

const run = (text: string) => importFile({ name: 'p.txt', text });

describe('structure recognition on other pages', () => {
  it('separate 引题/主题/副题 lines, a dash 副题, a head byline, a 小标题 and a running head mid-paragraph', async () => {
    const page = [
      '2025年3月12日 星期三 第2版',
      '',
      '春耕时节农机忙',
      '我市百万亩良田进入备耕高峰',
      '——来自田间地头的报道',
      '',
      '记者 王小明 通讯员 李四',
      '',
      '连日来，记者走访多个乡镇看到，',
      '',
      '2025年3月12日 星期三 第2版',
      '',
      '农户们正抢抓晴好天气翻耕土地。',
      '',
      '一、农资供应充足',
      '',
      '全市储备化肥3.2万吨，能够满足春耕需要。',
      '',
      '奋力拼搏 勇争一流',
      '',
      '本报评论员',
      '',
      '新的一年，全市上下要以更大的决心推进各项工作落实落地，确保开局良好。',
    ].join('\n');
    const { stories } = await run(page);
    expect(stories).toHaveLength(2);
    const [a, b] = stories;
    expect(a).toMatchObject({
      kind: 'article',
      kicker: '春耕时节农机忙',
      headline: '我市百万亩良田进入备耕高峰',
      subhead: '——来自田间地头的报道',
      byline: '记者 王小明 通讯员 李四',
    });
    expect(a?.body).toEqual(['连日来，记者走访多个乡镇看到，农户们正抢抓晴好天气翻耕土地。', '一、农资供应充足', '全市储备化肥3.2万吨，能够满足春耕需要。']);
    const strips = a?.repairs.filter((r) => r.kind === 'strip-artifact') ?? [];
    expect(strips.map((r) => r.before)).toEqual(['2025年3月12日 星期三 第2版', '2025年3月12日 星期三 第2版']);
    expect(b).toMatchObject({ kind: 'commentary', headline: '奋力拼搏 勇争一流', byline: '本报评论员' });
  });

  it('a rejected running-head strip keeps the broken paragraph apart (no join across kept lines)', async () => {
    const page = '记者在现场看到，\n\n2025年1月6日 星期一 第3版\n\n工人们正在进行路面铺设。';
    const dflt = await run(page);
    expect(dflt.stories[0]?.body).toEqual(['记者在现场看到，工人们正在进行路面铺设。']);
    const kept = await importFile({ name: 'p.txt', text: page }, undefined, { rejected: ['strip:1'] });
    expect(kept.stories.flatMap((s) => s.body)).toContain('工人们正在进行路面铺设。');
    expect(kept.stories.flatMap((s) => s.body)).not.toContain('记者在现场看到，工人们正在进行路面铺设。');
  });

  it('merged headline lines are split from general cues, not fixed strings', () => {
    expect(splitMergedHeadline('稳中求进 再创佳绩 全市经济社会发展年度综述')).toMatchObject({ parts: ['稳中求进 再创佳绩', '全市经济社会发展年度综述'], roles: ['headline', 'subhead'] });
    expect(splitMergedHeadline('市农业农村局组织专家深入田间开展春耕技术指导 科技助农 保丰收')).toMatchObject({
      parts: ['市农业农村局组织专家深入田间开展春耕技术指导', '科技助农 保丰收'],
      roles: ['kicker', 'headline'],
    });
    expect(splitMergedHeadline('担当实干 二论贯彻落实全市经济工作会议精神')).toMatchObject({ roles: ['headline', 'subhead'] });
    expect(splitMergedHeadline('文明城市创建——一座城的温度')).toMatchObject({ parts: ['文明城市创建', '——一座城的温度'] });
    expect(splitMergedHeadline('把握四方面认识 推动高质量发展')).toBeNull();
    expect(splitMergedHeadline('富强 民主 文明 和谐')).toBeNull();
    expect(splitMergedHeadline('社会主义核心价值观')).toBeNull();
  });

  it('astral characters survive headline splitting and offsets stay UTF-16', async () => {
    const { stories } = await run('𠮷祥如意 𠮷星高照 𠮷野家杭州首店开业纪实\n\n日本连锁餐饮品牌𠮷野家宣布在杭州新开门店，预计年内开业。');
    const s = stories[0];
    expect(s).toMatchObject({ headline: '𠮷祥如意 𠮷星高照', subhead: '𠮷野家杭州首店开业纪实' });
    const r = s?.repairs.find((x) => x.kind === 'split-headline');
    const line = '𠮷祥如意 𠮷星高照 𠮷野家杭州首店开业纪实';
    expect(line.slice(r?.source.start, r?.source.end)).toBe(' ');
    expect(line.slice(0, r?.source.start)).toBe('𠮷祥如意 𠮷星高照');
  });

  it('rejoins a Latin word split across lines with a space', async () => {
    const { stories } = await run('会议指出，要加快推进人工智能与制造业融合，推广应用 smart\n\nfactory 等新模式。');
    expect(stories[0]?.body).toEqual(['会议指出，要加快推进人工智能与制造业融合，推广应用 smart factory 等新模式。']);
  });

  it('a body that lost its full stop before a headline is proposed, not applied', async () => {
    const page = '全市上下要以更大的决心推进各项工作落实落地，确保开局良好\n\n推动职业教育发展\n\n本报讯（记者 张三）近日，全市职业教育工作会议召开。';
    const { stories } = await run(page);
    expect(stories).toHaveLength(2);
    const r = stories[0]?.repairs.find((x) => x.kind === 'rejoin-paragraph');
    expect(r?.accepted).toBe(false);
    expect(stories[1]).toMatchObject({ headline: '推动职业教育发展', byline: '记者 张三', dateline: '本报讯（记者 张三）' });
  });
});

describe('line classifiers', () => {
  it('bylines', () => {
    for (const s of ['融媒记者 李梦楚', '融媒评论员', '本报评论员', '记者 张三 通讯员 李四', '文/图 王五', '记者张三', '□ 本报记者 陈晨']) expect(isBylineLine(s), s).toBe(true);
    for (const s of ['记者手记', '记者走进大山深处', '社会主义核心价值观', '融媒记者 李梦楚说，今年很忙。']) expect(isBylineLine(s), s).toBe(false);
  });

  it('datelines', () => {
    expect(matchDateline('本报讯(融媒记者 徐婷婷)1月2日,金华市')).toEqual({ dateline: '本报讯(融媒记者 徐婷婷)', credit: '融媒记者 徐婷婷', rest: '1月2日,金华市' });
    expect(matchDateline('新华社北京1月5日电（记者 张三）国务院')?.credit).toBe('记者 张三');
    expect(matchDateline('本报讯 近日，我市召开会议。')).toMatchObject({ dateline: '本报讯', credit: '' });
    expect(matchDateline('本报记者来到现场')).toBeNull();
  });

  it('artifacts', () => {
    expect(artifactReason('2025年1月6日 星期一 第3版')).not.toBeNull();
    expect(artifactReason('２０２５年１月６日　星期一　第３版')).not.toBeNull();
    expect(artifactReason('永康市融媒体中心 宣')).not.toBeNull();
    expect(artifactReason('责任编辑：张三 校对：李四')).not.toBeNull();
    expect(artifactReason('（下转第2版）')).not.toBeNull();
    expect(artifactReason('2025年1月6日，全市召开会议，部署明年工作。')).toBeNull();
    expect(artifactReason('社会主义核心价值观')).toBeNull();
    expect(artifactReason('富强 民主 文明 和谐')).toBeNull();
  });

  it('classifies lines', () => {
    expect(classifyLine('2024年成绩单 亮点几何? 2025年施工图 规划如何? 1月3日下午,市委召开会议。')).toBe('body');
    expect(classifyLine('善高质量提升“融合度”。')).toBe('body');
    expect(classifyLine('一论贯彻落实市委市政府全会暨市委经济工作会议精神')).toBe('headline');
  });
});
