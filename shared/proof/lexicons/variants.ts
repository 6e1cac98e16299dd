import { entry } from './entry';
import type { LexiconEntry } from './types';

const SOURCE = '《第一批异形词整理表》GF 1001-2001';

/**
 * In-house transcription of the table (recommended form first, then its non-recommended forms),
 * by initial as the table is ordered. Each group here matches context-free: its non-recommended
 * form is not part of any correct word or of a common two-word sequence. Groups that would be, are
 * either in GUARDED below (with the colliding context excluded) or left out; the reasons are in
 * shared/proof/coverage/yixing-ci-1.md.
 */
export const VARIANT_GROUPS: Readonly<Record<string, string>> = {
  A: `阿訇 阿衡|按语 案语`,
  B: `百废俱兴 百废具兴|百叶窗 百页窗|斑白 颁白|斑驳 班驳|保镖 保镳|保姆 褓姆|辈分 辈份|毕恭毕敬 必恭必敬|
编者按 编者案|扁豆 萹豆 稨豆 藊豆|鬓角 鬓脚|秉承 禀承|补丁 补靪 补钉`,
  C: `参与 参预|惨淡 惨澹|差池 差迟|掺和 搀和|掺假 搀假|掺杂 搀杂|铲除 刬除|徜徉 倘佯|彻底 澈底|称心 趁心|成分 成份|
澄澈 澄彻|侈靡 侈糜|筹划 筹画|筹码 筹马|踌躇 踌蹰|出谋划策 出谋画策|喘吁吁 喘嘘嘘|赐予 赐与|粗鲁 粗卤`,
  D: `搭档 搭挡|搭讪 搭赸 答讪|答复 答覆|担心 耽心|担忧 耽忧|耽搁 担搁|淡泊 澹泊|淡然 澹然|倒霉 倒楣|
低回 低徊|凋敝 雕敝 雕弊|凋零 雕零|凋落 雕落|凋谢 雕谢|跌宕 跌荡|喋血 蹀血|斗拱 枓拱 科拱|逗留 逗遛|
逗趣儿 斗趣儿|独角戏 独脚戏`,
  E: `二黄 二簧|二心 贰心`,
  F: `发酵 酦酵|发人深省 发人深醒|繁衍 蕃衍|愤愤 忿忿|丰富多彩 丰富多采|风瘫 疯瘫|疯癫 疯颠|锋芒 锋铓|
服侍 伏侍|服输 伏输|服罪 伏罪|负隅顽抗 负嵎顽抗|复信 覆信|覆辙 复辙`,
  G: `告诫 告戒|耿直 梗直 鲠直|恭维 恭惟|勾画 勾划|勾连 勾联|孤苦伶仃 孤苦零丁|辜负 孤负|古董 骨董|
骨瘦如柴 骨瘦如豺|光彩夺目 光采夺目|归根结底 归根结柢|规诫 规戒|鬼哭狼嚎 鬼哭狼嗥`,
  H: `蛤蟆 虾蟆|含蓄 涵蓄|寒碜 寒伧|喝彩 喝采|喝倒彩 喝倒采|弘扬 宏扬|红彤彤 红通通|宏论 弘论|宏图 弘图|
宏愿 弘愿|宏旨 弘旨|狐臭 胡臭|琥珀 虎魄|划拳 豁拳 搳拳|恍惚 恍忽|辉映 晖映|溃脓 殨脓|浑水摸鱼 混水摸鱼`,
  J: `机灵 机伶|激愤 激忿|纪念 记念|寄予 寄与|夹克 茄克|嘉宾 佳宾|驾驭 驾御|嫁妆 嫁装|简练 简炼|骄奢淫逸 骄奢淫佚|
角门 脚门|狡猾 狡滑|脚跟 脚根|叫花子 叫化子|精彩 精采|纠合 鸠合|纠集 鸠集|角色 脚色`,
  K: ``,
  L: `褴褛 蓝缕|烂漫 烂缦 烂熳|狼藉 狼籍|榔头 鎯头|累赘 累坠|黧黑 黎黑|连贯 联贯|连接 联接|连绵 联绵|连缀 联缀|
联结 连结|联袂 连袂|联翩 连翩|踉跄 踉蹡|嘹亮 嘹喨|缭乱 撩乱|囹圄 囹圉|溜达 蹓跶|喽啰 喽罗|鲁莽 卤莽|
络腮胡子 落腮胡子|落寞 落漠 落莫`,
  M: `麻痹 痲痹|麻风 痲风|麻疹 痲疹|马蜂 蚂蜂|马虎 马糊|门槛 门坎|靡费 糜费|绵连 绵联|腼腆 靦觍|模仿 摹仿|模糊 模胡|
模拟 摹拟|摹写 模写|摩擦 磨擦|摩拳擦掌 磨拳擦掌|磨难 魔难|脉脉 眽眽|谋划 谋画|名副其实 名符其实`,
  N: `凝练 凝炼|牛仔裤 牛崽裤|纽扣 钮扣`,
  P: `扒手 掱手|盘根错节 蟠根错节|盘踞 盘据 蟠踞 蟠据|盘曲 蟠曲|盘陀 盘陁|磐石 蟠石|蹒跚 盘跚|彷徨 旁皇|
披星戴月 披星带月|疲沓 疲塌|漂泊 飘泊|漂流 飘流|飘零 漂零|飘摇 飘飖`,
  Q: `牵连 牵联|憔悴 蕉萃|清澈 清彻|拳拳 惓惓|劝诫 劝戒`,
  R: `热乎乎 热呼呼|日食 日蚀`,
  S: `色彩 色采|杀一儆百 杀一警百|舢板 舢舨|艄公 梢公|奢靡 奢糜|申雪 伸雪|神采 神彩|湿漉漉 湿渌渌|
什锦 十锦|收服 收伏|书简 书柬|思维 思惟|死心塌地 死心踏地`,
  T: `甜菜 菾菜|铤而走险 挺而走险|透彻 透澈`,
  W: `玩意儿 玩艺儿|魍魉 蝄蜽|乌七八糟 污七八糟|无动于衷 无动于中|毋庸 无庸|五彩缤纷 五采缤纷|五劳七伤 五痨七伤`,
  X: `息肉 瘜肉|稀罕 希罕|稀奇 希奇|稀世 希世|翕动 噏动|洗练 洗炼|贤惠 贤慧|香菇 香菰|相貌 像貌|潇洒 萧洒|
小题大做 小题大作|卸载 卸傤|信口开河 信口开合|惺忪 惺松|秀外慧中 秀外惠中|序文 叙文|序言 叙言|训诫 训戒`,
  Y: `压服 压伏|押韵 压韵|扬琴 洋琴|一锤定音 一槌定音|一股脑儿 一古脑儿|衣襟 衣衿|衣着 衣著|
以逸待劳 以佚待劳|义无反顾 义无返顾|淫雨 霪雨|盈余 赢余|渔具 鱼具|与闻 预闻|预备 豫备|原原本本 源源本本 元元本本|
月食 月蚀|月牙 月芽|芸豆 云豆`,
  Z: `杂沓 杂遝|再接再厉 再接再砺|崭新 斩新|战栗 颤栗|账本 帐本|折中 折衷|正经八百 正经八摆|芝麻 脂麻|
周济 赒济|装潢 装璜|孜孜 孳孳|姿势 姿式|自个儿 自各儿|指手画脚 指手划脚|直截了当 直捷了当`,
  // 附录《含有非规范字的异形词》: the non-recommended form uses a character outside the
  // 通用规范汉字表, so it never stands in correct simplified text. Forms whose character OpenCC
  // maps (彷彿 傢俱 傢伙 傢什 侷促 牴牾) are left to the trad-simp-mix rule: one error, one finding.
  附录: `仿佛 髣髴|局促 跼促`,
};

/** Non-recommended forms that do occur inside correct text: each with the colliding context excluded. */
export const GUARDED_VARIANTS: readonly LexiconEntry[] = [
  // 确定单位、规定单价、约定婚期、确定货源、决定户型 …: 定单/定户/定婚/定货/定阅 only on their own
  ...[['定单', '订单'], ['定户', '订户'], ['定婚', '订婚'], ['定货', '订货'], ['定阅', '订阅']].map(([w, r]) =>
    entry(w!, r!, SOURCE, { notBefore: '[确决规指固约认选制鉴稳设判特锁限核审评测肯否既法商议预裁断协额暂待拟坚奠界镇安平]' }),
  ),
  // 一笔划拨 is 一笔 + 划拨
  entry('笔划', '笔画', SOURCE, { notAfter: '[拨转分定入出归线]' }),
  // 个人材料 is 个人 + 材料
  entry('人材', '人才', SOURCE, { notAfter: '[料]' }),
  // 有关连续 is 有关 + 连续; 机关连队 …
  entry('关连', '关联', SOURCE, { notAfter: '[续接线队片夜]' }),
  // 值班白天 / 夜班白班: 班 + 白
  entry('班白', '斑白', SOURCE, { notAfter: '[天班色板领菜]', notBefore: '[值夜早晚中跟上下加换轮领排]' }),
  // 若干与否、相干与 …
  entry('干与', '干预', SOURCE, { notBefore: '[若相能骨树主才苦]' }),
  // 含胡萝卜素: 含 + 胡萝卜
  entry('含胡', '含糊', SOURCE, { notAfter: '[萝椒桃麻须杨]' }),
  // 起哄动手 is 起哄 + 动手
  entry('哄动', '轰动', SOURCE, { notBefore: '[起瞎]' }),
  // 试图象征、地图象征: 图 + 象征
  entry('图象', '图像', SOURCE, { notAfter: '[征棋牙]' }),
  entry('影象', '影像', SOURCE, { notAfter: '[征棋牙]' }),
  entry('录象', '录像', SOURCE, { notAfter: '[征棋牙]' }),
  // 记录相关、收录相同: 录 + 相关
  entry('录相', '录像', SOURCE, { notAfter: '[关应同似对比互当近符继识传约]' }),
  // 篝火伴着歌声: 火 + 伴
  entry('火伴', '伙伴', SOURCE, { notAfter: '[着随奏舞有以唱]', notBefore: '[篝灯烟炉柴焰烛花烈烽]' }),
  // 停留连续、保留连锁: 留 + 连
  entry('留连', '流连', SOURCE, { notAfter: '[续接带锁载夜日片队环通]' }),
  // 优雅片段: 雅 + 片
  entry('雅片', '鸦片', SOURCE, { notBefore: '[优典高文淡儒清幽素古风博]' }),
  // 直接了当事人: 直接 + 了 + 当事人
  entry('直接了当', '直截了当', SOURCE, { notAfter: '[事地天年时场日初]' }),
  // 需要末端、那末班车: 要/这/那 + 末
  ...[['要末', '要么'], ['这末', '这么'], ['那末', '那么']].map(([w, r]) =>
    entry(w!, r!, SOURCE, { notAfter: '[端尾梢期班位次节级等路日年季批轮]' }),
  ),
  // 左证件: 左 + 证
  entry('左证', '佐证', SOURCE, { notAfter: '[件书明实券照]' }),
  // 胡涂改: 姓胡 + 涂
  entry('胡涂', '糊涂', SOURCE, { notAfter: '[改抹料装层鸦刷画]' }),
  // 按纳税额、按纳入 …: 按 + 纳
  entry('按纳', '按捺', SOURCE, { notAfter: '[税入米新统]' }),
  // 这本份报告 …: 本 + 份
  entry('本份', '本分', SOURCE, { notBefore: '[一这那每几两各同]', notAfter: '[报材文额数]' }),
  // 一支解放军: 支 + 解
  entry('支解', '肢解', SOURCE, { notAfter: '[决放答读说析除困]' }),
  // 热呼吸、亲热呼唤: 热 + 呼
  entry('热呼', '热乎', SOURCE, { notAfter: '[吸吁唤喊应叫声号救]' }),
  // 驶入坐落于: 入 + 坐落
  entry('入坐', '入座', SOURCE, { notAfter: '[落标镇实]' }),
  // 水平空间: 平 + 空
  entry('平空', '凭空', SOURCE, { notBefore: '[水和太持地天公扁摊铲荡夷]', notAfter: '[间调气域港运中军管乘]' }),
  // 上山查看: 山 + 查
  entry('山查', '山楂', SOURCE, { notBefore: '[上进巡登下搜爬到入出深]', notAfter: '[看找询处验明实访勘清证办获]' }),
  // 室内哄堂: 内 + 哄堂
  entry('内哄', '内讧', SOURCE, { notAfter: '[堂抬骗笑闹]' }),
  // 算盘石头: 盘 + 石
  entry('盘石', '磐石', SOURCE, { notAfter: '[头块子料材油灰榴]', notBefore: '[算托棋底地键]' }),
  // 永无宁日: 无 + 宁日
  entry('无宁', '毋宁', SOURCE, { notAfter: '[日时静]', notBefore: '[永安]' }),
  // 养鱼网箱: 鱼 + 网箱
  entry('鱼网', '渔网', SOURCE, { notAfter: '[箱格络店购站]' }),
  // 开阔老城: 阔 + 老
  entry('阔老', '阔佬', SOURCE, { notBefore: '[宽开广空辽壮开]' }),
  // 希有关部门: 希 + 有关
  entry('希有', '稀有', SOURCE, { notAfter: '[关]', notBefore: '[望]' }),
  entry('希少', '稀少', SOURCE, { notAfter: '[年女儿]', notBefore: '[望]' }),
  // 磁器件: 磁 + 器件
  entry('磁器', '瓷器', SOURCE, { notAfter: '[件械材]', notBefore: '[电]' }),
  // 货车箱式: 车 + 箱式
  entry('车箱', '车厢', SOURCE, { notAfter: '[式体包子]', notBefore: '[货]' }),
  // 推委员: 推 + 委员
  entry('推委', '推诿', SOURCE, { notAfter: '[员会托]' }),
  // 发展转型、开展转变: 展 + 转
  entry('展转', '辗转', SOURCE, { notBefore: '[发开施伸进拓扩延舒会影画布参书车]' }),
  // 一元来: 元 + 来 is common; 元元本本 is already handled above.
  entry('端五', '端午', SOURCE, { notAfter: '[年月日天个]', notBefore: '[两极]' }),
  // 服事业: 服 + 事业
  entry('服事', '服侍', SOURCE, { notAfter: '[业件项务宜情实]', notBefore: '[克说信折佩衣制]' }),
  // 预会商: 预 + 会商
  entry('预会', '与会', SOURCE, { notAfter: '[商议谈计审员]' }),
  // 这份内容、一份内部资料: 份 + 内
  entry('份内', '分内', SOURCE, { notBefore: '[一二两三几这那每此该本各首半全整月年]', notAfter: '[容部地外附]' }),
  // 按股分红: 股 + 分红
  entry('股分', '股份', SOURCE, { notAfter: '[红配成担摊给别享]' }),
  // 超过份额: 过 + 份额
  entry('过份', '过分', SOURCE, { notAfter: '[额量数子]' }),
  // 此刻期待: 刻 + 期待
  entry('刻期', '克期', SOURCE, { notBefore: '[此时立片即顷深雕]', notAfter: '[待盼望间满]' }),
  // 深刻划分、时刻划清: 刻 + 划
  entry('刻划', '刻画', SOURCE, { notBefore: '[深时立此片即顷]', notAfter: '[分定拨清出入转归]' }),
  // 感情素材、热情素质: 情 + 素
  entry('情素', '情愫', SOURCE, { notAfter: '[质材养描食面]' }),
  // 搭当地的班车: 搭 + 当地
  entry('搭当', '搭档', SOURCE, { notAfter: '[地天日年时前场晚]' }),
  // 价格下跌交易量: 跌 + 交易
  entry('跌交', '跌跤', SOURCE, { notAfter: '[易通付割纳]' }),
  // 带孝心、带孝亲敬老: 带 + 孝
  entry('带孝', '戴孝', SOURCE, { notAfter: '[心顺敬亲道老子]' }),
  // 坍塌实为、倒塌实属: 塌 + 实
  entry('塌实', '踏实', SOURCE, { notBefore: '[坍倒崩垮]' }),
  // 沙鱼涌 (a place in Shenzhen)
  entry('沙鱼', '鲨鱼', SOURCE, { notAfter: '[涌]' }),
];

function parse(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const groups of Object.values(VARIANT_GROUPS)) {
    for (const group of groups.replace(/\n/g, '').split('|')) {
      const [right, ...wrongs] = group.trim().split(' ');
      if (!right) continue;
      for (const wrong of wrongs) {
        if (wrong && wrong !== right) out.push(entry(wrong, right, SOURCE));
      }
    }
  }
  return out.concat(GUARDED_VARIANTS.map((e) => ({ ...e })));
}

/** Shipped 异形词 list (non-recommended → recommended). */
export function defaultVariants(): LexiconEntry[] {
  return parse();
}
