// 简讯, 图片说明 and 通知 told from the page's shape, on copy invented for this test (not the
// intake-eval pages): a short item under its own head, a ■ column, a titled caption ending with
// the photo credit, a notice signed by its office — and stories that only look a little like them.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/import';

const blocks = (...xs: string[]) => `\n\n${xs.join('\n\n')}`;
const kinds = async (...xs: string[]) => (await importFile({ name: 'p.txt', text: blocks(...xs) })).stories.map((s) => [s.kind, s.headline]);

// A three-paragraph report to sit around the items, so each is judged on a real page.
const REPORT = [
  '青川县新建5座乡村污水处理站',
  '本报讯（记者 罗晓峰）5月9日，青川县白鹭镇污水处理站通水运行，至此全县今年计划新建的5座乡村污水处理站全部建成。',
  '据介绍，5座处理站日处理能力合计1,800吨，覆盖沿河12个行政村，出水水质达到一级A标准。',
  '县生态环境局相关负责人表示，下一步将推动管网向自然村延伸，力争年底前农村生活污水治理率提高到七成以上。',
];

describe('item kinds from the shape of the page', () => {
  it('a one-paragraph 本报讯 item under its own headline is a 简讯; one long paragraph or several are a story', async () => {
    const long = `本报讯（通讯员 邓雪梅）${'近日，县农技站组织专家深入各乡镇田间地头，指导农户开展玉米病虫害绿色防控，'.repeat(6)}共发放技术资料3,000余份。`;
    expect(
      await kinds(
        ...REPORT,
        '县图书馆延长周末开放时间',
        '本报讯（通讯员 冯晓丽）从5月起，县图书馆周六、周日开放时间延长至晚上9点。',
        '全县首家“共享农机”服务点挂牌',
        '新华社成都5月8日电（记者 唐文斌）8日，青川县首家“共享农机”服务点在柳溪村挂牌，可为周边农户提供插秧机、植保无人机等12类农机租用服务。',
        '县农技站下乡指导玉米病虫害防控',
        long,
      ),
    ).toEqual([
      ['article', '青川县新建5座乡村污水处理站'],
      ['brief', '县图书馆延长周末开放时间'],
      ['brief', '全县首家“共享农机”服务点挂牌'],
      ['article', '县农技站下乡指导玉米病虫害防控'],
    ]);
  });

  it('a ■ column under its title is one 简讯 with an entry per paragraph', async () => {
    const { stories } = await importFile({
      name: 'p.txt',
      text: blocks(
        ...REPORT,
        '城乡快讯',
        '■5月7日，县市场监管局对城区12家农贸市场开展计量器具专项检查。',
        '■近日，县人社局举办家政服务技能培训班，60余名农村妇女参训。',
        '●截至5月6日，全县已完成小麦“一喷三防”作业面积9.2万亩。',
      ),
    });
    expect(stories.map((s) => s.kind)).toEqual(['article', 'brief']);
    expect(stories[1]).toMatchObject({ headline: '城乡快讯', byline: '', dateline: '' });
    expect(stories[1]?.body).toHaveLength(3);
  });

  it('a ■ column of entries short enough to read as titles is still a 简讯, not a slogan box', async () => {
    expect(await kinds(...REPORT, '一周要闻', '■县图书馆周末延时开放', '■城区新增公交线路两条', '■全县春播进度超九成')).toEqual([
      ['article', '青川县新建5座乡村污水处理站'],
      ['brief', '一周要闻'],
    ]);
  });

  it('a title and one paragraph ending with the photo credit is a 图片说明, whatever the credit says', async () => {
    expect(
      await kinds(
        '油菜花开引客来',
        '5月3日，游客在青川县桃源村油菜花田中拍照留念。今年该村依托花海发展乡村旅游，接待游客2万余人次。（冯小川 摄）',
        ...REPORT,
        '晨练',
        '清晨，市民在滨河公园打太极拳。(记者 何雨桐 摄)',
        '插秧机下田',
        '5月6日，白鹭镇种粮大户驾驶插秧机在水田里作业。（通讯员 罗斌 杨帆 摄影）',
      ),
    ).toEqual([
      ['caption', '油菜花开引客来'],
      ['article', '青川县新建5座乡村污水处理站'],
      ['caption', '晨练'],
      ['caption', '插秧机下田'],
    ]);
  });

  it('a story with a photo credit in its body stays a story', async () => {
    expect(
      await kinds(
        '柳溪村的“共享菜园”',
        '走进柳溪村，一块块整齐的菜地映入眼帘，村民们正在给蔬菜浇水施肥。（王一鸣 摄）',
        '去年以来，村里把房前屋后的闲置地块统一整理，分给有意愿的村民认领种植，收获的蔬菜除了自家吃，还供应给村里的老年食堂。',
        '“以前这里堆满杂物，现在成了小菜园，环境也变好了。”村民李大娘说。',
      ),
    ).toEqual([['article', '柳溪村的“共享菜园”']]);
  });

  it('a notice signed by its office and dated is a 通知, whether or not its title says so', async () => {
    const { stories } = await importFile({
      name: 'p.txt',
      text: blocks(
        ...REPORT,
        '招聘启事',
        '因工作需要，我院面向社会公开招聘护理人员10名，具体事项如下。',
        '报名条件：具有护士执业资格，年龄35周岁以下。',
        '报名时间：2026年5月12日至5月20日，工作日8:30—17:00。',
        '联系电话：0839-7212345',
        '青川县中医医院\n2026年5月8日',
        '关于调整城区部分公交线路的通知',
        '因白鹭大道改造施工，自5月15日起，城区2路、5路公交车临时改道运行，不再停靠白鹭大道沿线站点。请广大乘客合理安排出行。',
        '青川县公共交通有限公司',
        '2026年5月10日',
        '防汛防地质灾害提醒',
        '预计5月12日至14日我县有一次强降雨过程，累计雨量50～80毫米，局地可达100毫米以上，请沿河、临坡群众注意防范。',
        '青川县气象台',
        '2026年5月11日10时发布',
      ),
    });
    expect(stories.map((s) => [s.kind, s.headline])).toEqual([
      ['article', '青川县新建5座乡村污水处理站'],
      ['notice', '招聘启事'],
      ['notice', '关于调整城区部分公交线路的通知'],
      ['notice', '防汛防地质灾害提醒'],
    ]);
    // The issuer and date are the notice's last lines, not an item of their own.
    expect(stories[3]?.body.slice(-2)).toEqual(['青川县气象台', '2026年5月11日10时发布']);
  });

  it('a news story about a notice, with its 电头, stays a story; a slogan box signed by an office stays a box', async () => {
    const found = await kinds(
        '县教体局下发暑期防溺水安全通知',
        '本报讯（通讯员 钟玲）5月10日，县教体局下发通知，要求各学校在暑假前开展防溺水专题教育，逐一落实家长监护责任。',
        '通知要求，各学校要利用班会、家长会等形式，向学生和家长讲清危险水域和自救常识。',
        '此外，各乡镇还将在河道、塘坝等重点水域设置警示标志，安排专人巡查。',
        '文明出行',
        '礼让斑马线\n安全你我他',
        '青川县交警大队\n青川县文明办',
    );
    expect(found.map(([kind]) => kind)).toEqual(['article', 'box']);
  });
});
