// Page shapes the importer must read from the page itself (line lengths, punctuation, blocks,
// what follows), written for this test: invented county-paper copy, not any evaluation page.
import { describe, expect, it } from 'vitest';
import { importFile, parsePage } from '../../../electron/import';
import { isBylineLine, isContactLine, isDateLine, isIssuerLine } from '../../../electron/import/classify';
import { splitMergedHeadline } from '../../../electron/import/headline-split';
import { artifactReason } from '../../../shared/text/page-furniture';

const run = (text: string) => importFile({ name: 'p.txt', text });
const blocks = (...xs: string[]) => `\n\n${xs.join('\n\n')}`;

describe('page shapes', () => {
  it('rejoins a line broken inside a word even when its first half looks like a title', async () => {
    const page = blocks(
      '青石镇茶园迎来采摘季',
      '本报讯（记者 方晓东）清明前后，青石镇万亩茶园进入采摘旺季。',
      '在镇东的白云村茶叶基地,采茶工人熟练地采',
      '3 经济新闻 2026年4月2日 星期四',
      '摘嫩芽,一派忙碌景象。',
      '今年全镇茶叶产值预计达1,3',
      '46.5万元,同比增长一成。',
    );
    const { stories } = await run(page);
    expect(stories).toHaveLength(1);
    expect(stories[0]?.body).toEqual([
      '清明前后，青石镇万亩茶园进入采摘旺季。',
      '在镇东的白云村茶叶基地,采茶工人熟练地采摘嫩芽,一派忙碌景象。',
      '今年全镇茶叶产值预计达1,346.5万元,同比增长一成。',
    ]);
    const reasons = stories[0]?.repairs.filter((r) => r.kind === 'rejoin-paragraph').map((r) => r.accepted);
    expect(reasons).toEqual([true, true]);
  });

  it('marks word and number breaks from the words themselves, not from punctuation', async () => {
    const page = await parsePage({ name: 'p.txt', text: '村里新修了一条水泥\n\n路，方便群众出行。\n\n春耕备耕正当时\n\n本报讯 近日，全县召开春耕生产会议。\n\n产值达2\n\n8.6亿元。' });
    expect(page.paragraphs.map((p) => p.breaksWord === true)).toEqual([true, false, false, false, true, false]);
  });

  it('a phrase-group 引题 above a plain 主题 is the 引题; the 主题 is the line nearest the copy', async () => {
    const { stories } = await run(blocks('稳产量 提品质 增效益', '全县早稻育秧工作全面铺开', '本报讯（通讯员 吕小雨）连日来，各乡镇抢抓晴好天气开展早稻育秧。'));
    expect(stories[0]).toMatchObject({ kicker: '稳产量 提品质 增效益', headline: '全县早稻育秧工作全面铺开', subhead: '' });
  });

  it('a title printed over two lines of one block is one 主题; a 引题 block above stays apart', async () => {
    const { stories } = await run(`\n\n深化“放管服”改革\n\n县政务服务中心推出\n“一件事一次办”\n\n本报讯（记者 季明）近日，县政务服务中心推出“一件事一次办”服务，群众办事更省心。`);
    expect(stories[0]).toMatchObject({ kicker: '深化“放管服”改革', headline: '县政务服务中心推出“一件事一次办”' });
  });

  it('one short phrase before a longer one is a spaced title, not 主题 + 副题', () => {
    expect(splitMergedHeadline('守护碧水 河长巡河走进千家万户')).toBeNull();
    expect(splitMergedHeadline('筑牢防线 守护平安 全县森林防火工作纪实')).toMatchObject({ roles: ['headline', 'subhead'] });
  });

  it('a notice keeps its contact line, issuer and date as its own last lines', async () => {
    const page = blocks(
      '燃气管道检修公告',
      '因燃气主管道检修，我公司定于6月3日对城北片区暂停供气。',
      '请用户提前关闭燃气阀门，恢复供气前请勿开启。',
      '客服电话:0731-5566778',
      '青岚县港华燃气有限公司',
      '2026年6月1日',
      '篮球联赛激战正酣',
      '本报讯（记者 钟毅）6月1日，县第五届职工篮球联赛进入半决赛阶段。',
    );
    const { stories } = await run(page);
    expect(stories.map((s) => s.headline)).toEqual(['燃气管道检修公告', '篮球联赛激战正酣']);
    expect(stories[0]?.body.slice(-3)).toEqual(['客服电话:0731-5566778', '青岚县港华燃气有限公司', '2026年6月1日']);
  });

  it('a slogan box keeps its lines and its issuers (one block of two) as one item', async () => {
    const page = `${blocks('春耕备耕正当时', '本报讯 近日，全县召开春耕生产动员会，部署春耕备耕各项工作。', '创文明城市 建美好家园', '文明是最美的风景\n礼让是最好的修养')}\n\n县创建办\n县融媒体中心`;
    const { stories } = await run(page);
    expect(stories).toHaveLength(2);
    expect(stories[1]).toMatchObject({ kind: 'box', headline: '创文明城市 建美好家园' });
    expect(stories[1]?.body).toEqual(['文明是最美的风景', '礼让是最好的修养', '县创建办', '县融媒体中心']);
  });

  it('a page staff line inside a story is furniture; the paragraph after it stays in the story', async () => {
    const page = blocks('夜市经济点亮县城', '本报讯（记者 梁辰）入夜，县城滨江夜市人头攒动。', '编辑 宋雨 校对 程一帆 组版 马骏', '此外，夜市还设置了非遗展销区，吸引不少游客驻足。');
    const { stories } = await run(page);
    expect(stories).toHaveLength(1);
    expect(stories[0]?.body).toEqual(['入夜，县城滨江夜市人头攒动。', '此外，夜市还设置了非遗展销区，吸引不少游客驻足。']);
  });

  it('line classifiers: marked names, one-character roles, issuers, dates, contact lines, staff lines', () => {
    for (const s of ['□ 舒 文', '□ 林晓', '文/图 王五', '图 刘洋']) expect(isBylineLine(s), s).toBe(true);
    for (const s of ['文化惠民 送戏下乡', '文明交通 你我同行', '图说变化 你我见证', '文教简讯']) expect(isBylineLine(s), s).toBe(false);
    for (const s of ['县市场监督管理局', '国网某某县供电公司', '中共某某县委宣传部']) expect(isIssuerLine(s), s).toBe(true);
    for (const s of ['全县大田播种进度超九成', '讲文明 树新风']) expect(isIssuerLine(s), s).toBe(false);
    for (const s of ['2026年6月1日', '２０２６年６月１日', '2026年4月7日16时发布']) expect(isDateLine(s), s).toBe(true);
    expect(isDateLine('2026年6月1日，全县召开会议。')).toBe(false);
    expect(isContactLine('服务热线:95598')).toBe(true);
    expect(isContactLine('专家：科学施肥是关键')).toBe(false);
    expect(artifactReason('编辑 宋雨 校对 程一帆')).not.toBeNull();
    expect(artifactReason('记者 宋雨 通讯员 程一帆')).toBeNull();
  });

  it('typed ASCII spaces between Chinese words in copy are removed by default; titles, slogans and credits keep theirs', async () => {
    const page = blocks('春风十里 不如有你', '本报讯（记者 施雨）今年 全县新建 口袋公园12个? 市民 出门300米即可见绿。', '环境优美 生活幸福', '县园林绿化中心 宣');
    const r = await run(page);
    expect(r.stories[0]?.body[0]).toBe('今年全县新建口袋公园12个?市民出门300米即可见绿。');
    expect(r.stories[0]?.headline).toBe('春风十里 不如有你');
    expect(r.stories[0]?.dateline).toBe('本报讯（记者 施雨）');
    const ids = r.stories[0]?.repairs.filter((x) => x.kind === 'collapse-space').map((x) => x.id) ?? [];
    expect(ids).toHaveLength(4);
    const kept = await importFile({ name: 'p.txt', text: page }, undefined, { rejected: [ids[0]!] });
    expect(kept.stories[0]?.body[0]).toBe('今年 全县新建口袋公园12个?市民出门300米即可见绿。');
  });

  it('the space between two credits in a dateline or byline stays (记者 甲 通讯员 乙), while a stray one in the copy goes', async () => {
    const page = blocks('乡村夜校开课了', '本报讯（记者 欧阳晓 通讯员 𠮷丽 实习生 马骁）夜校 开课后，村民纷纷报名。', '本报记者 陶然 见习记者 柯南', '夜校将持续到年底。');
    const r = await run(page);
    expect(r.stories[0]?.dateline).toBe('本报讯（记者 欧阳晓 通讯员 𠮷丽 实习生 马骁）');
    expect(r.stories[0]?.body[0]).toBe('夜校开课后，村民纷纷报名。');
    expect(r.stories[0]?.repairs.filter((x) => x.kind === 'collapse-space')).toHaveLength(1);
  });

  it('a box credit line (某某中心 宣) is kept as the box\'s signature unless the editor removes it', async () => {
    const page = blocks('节约用水 从我做起', '一水多用 随手关阀', '珍惜每一滴水', '县水利局 宣');
    const r = await run(page);
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]?.body.at(-1)).toBe('县水利局 宣');
    const strip = r.stories[0]?.repairs.find((x) => x.kind === 'strip-artifact');
    expect(strip?.accepted).toBe(false);
    const removed = await importFile({ name: 'p.txt', text: page }, undefined, { accepted: [strip!.id] });
    expect(removed.stories[0]?.body).not.toContain('县水利局 宣');
  });
});
