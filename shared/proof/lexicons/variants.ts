import { entry } from './entry';
import type { LexiconEntry } from './types';

const SOURCE = '《第一批异形词整理表》GF 1001-2001';

// In-house transcription of groups from the official list (recommended form first, then
// the non-recommended forms). Groups whose non-recommended form is also an ordinary
// character sequence across a word boundary (份外 in 这份外卖, 定婚 in 确定婚期, 展转 in
// 发展转型, 山查 in 上山查看 …) are left out: a context-free match there would be a false alarm.
const GROUPS = `按语 案语|百废俱兴 百废具兴|百叶窗 百页窗|斑白 班白 颁白|斑驳 班驳|保镖 保镳|保姆 褓姆|
辈分 辈份|毕恭毕敬 必恭必敬|编者按 编者案|鬓角 鬓脚|秉承 禀承|补丁 补靪 补钉|参与 参预|惨淡 惨澹|
掺和 搀和|掺假 搀假|掺杂 搀杂|徜徉 倘佯|彻底 澈底|称心 趁心|成分 成份|澄澈 澄彻|侈靡 侈糜|筹划 筹画|
筹码 筹马|踌躇 踌蹰|出谋划策 出谋画策|赐予 赐与|粗鲁 粗卤|搭档 搭挡|搭讪 搭赸 答讪|答复 答覆|戴孝 带孝|
担心 耽心|担忧 耽忧|耽搁 担搁|淡泊 澹泊|淡然 澹然|倒霉 倒楣|低回 低徊|凋敝 雕敝 雕弊|凋零 雕零|凋落 雕落|
凋谢 雕谢|跌宕 跌荡|喋血 蹀血|二黄 二簧|二心 贰心|发人深省 发人深醒|繁衍 蕃衍|愤愤 忿忿|丰富多彩 丰富多采|
疯癫 疯颠|锋芒 锋铓|服输 伏输|服罪 伏罪|负隅顽抗 负嵎顽抗|复信 覆信|干预 干与|告诫 告戒|耿直 梗直 鲠直|
恭维 恭惟|勾画 勾划|勾连 勾联|孤苦伶仃 孤苦零丁|辜负 孤负|古董 骨董|骨瘦如柴 骨瘦如豺|光彩夺目 光采夺目|
归根结底 归根结柢|规诫 规戒|鬼哭狼嚎 鬼哭狼嗥|含糊 含胡|含蓄 涵蓄|寒碜 寒伧|喝彩 喝采|喝倒彩 喝倒采|轰动 哄动|
弘扬 宏扬|红彤彤 红通通|狐臭 胡臭|糊涂 胡涂|琥珀 虎魄|恍惚 恍忽|浑水摸鱼 混水摸鱼|伙伴 火伴|机灵 机伶|
激愤 激忿|纪念 记念|寄予 寄与|夹克 茄克|嘉宾 佳宾|驾驭 驾御|嫁妆 嫁装|简练 简炼|骄奢淫逸 骄奢淫佚|角门 脚门|
狡猾 狡滑|脚跟 脚根|叫花子 叫化子|精彩 精采|纠合 鸠合|纠集 鸠集|角色 脚色|刻画 刻划|褴褛 蓝缕|烂漫 烂缦 烂熳|
狼藉 狼籍|累赘 累坠|黧黑 黎黑|连贯 联贯|连绵 联绵|连缀 联缀|联袂 连袂|联翩 连翩|踉跄 踉蹡|嘹亮 嘹喨|缭乱 撩乱|
流连 留连|喽啰 喽罗|鲁莽 卤莽|录像 录象 录相|络腮胡子 落腮胡子|落寞 落漠 落莫|马蜂 蚂蜂|马虎 马糊|门槛 门坎|
靡费 糜费|腼腆 靦觍|模糊 模胡|摩擦 磨擦|摩拳擦掌 磨拳擦掌|磨难 魔难|谋划 谋画|那么 那末|凝练 凝炼|纽扣 钮扣|
盘根错节 蟠根错节|盘踞 盘据 蟠踞 蟠据|蹒跚 盘跚|彷徨 旁皇|披星戴月 披星带月|疲沓 疲塌|漂泊 飘泊|漂流 飘流|
飘零 漂零|憔悴 蕉萃|清澈 清彻|劝诫 劝戒|热乎乎 热呼呼|色彩 色采|杀一儆百 杀一警百|鲨鱼 沙鱼|艄公 梢公|
奢靡 奢糜|神采 神彩|什锦 十锦|书简 书柬|思维 思惟|死心塌地 死心踏地|踏实 塌实|铤而走险 挺而走险|透彻 透澈|
图像 图象|玩意儿 玩艺儿|乌七八糟 污七八糟|无动于衷 无动于中|毋庸 无庸|五彩缤纷 五采缤纷|贤惠 贤慧|相貌 像貌|
潇洒 萧洒|小题大做 小题大作|信口开河 信口开合|惺忪 惺松|训诫 训戒|押韵 压韵|鸦片 雅片|要么 要末|
一锤定音 一槌定音|以逸待劳 以佚待劳|义无反顾 义无返顾|盈余 赢余|影像 影象|预备 豫备|月食 月蚀|日食 日蚀|
崭新 斩新|战栗 颤栗|账本 帐本|折中 折衷|这么 这末|芝麻 脂麻|直截了当 直捷了当 直接了当|指手画脚 指手划脚|
装潢 装璜|姿势 姿式|佐证 左证|洗练 洗炼`;

// Groups kept although a boundary collision exists, with the collision excluded.
const GUARDED: LexiconEntry[] = [
  // 确定单位、规定单价 …: 定单 only as a noun on its own
  entry('定单', '订单', SOURCE, { notBefore: '[确决规指固约认选制鉴稳设判特锁限核审评测肯否既法商议预裁断协额暂待拟]' }),
  // 一笔划拨 is 一笔 + 划拨
  entry('笔划', '笔画', SOURCE, { notAfter: '[拨转分定入出归]' }),
  // 个人材料 is 个人 + 材料
  entry('人材', '人才', SOURCE, { notAfter: '[料]' }),
  // 有关连续 is 有关 + 连续
  entry('关连', '关联', SOURCE, { notAfter: '[续接线]' }),
];

function parse(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const group of GROUPS.replace(/\n/g, '').split('|')) {
    const [right, ...wrongs] = group.trim().split(' ');
    if (!right) continue;
    for (const wrong of wrongs) {
      if (wrong) out.push(entry(wrong, right, SOURCE));
    }
  }
  return out.concat(GUARDED);
}

/** Shipped 异形词 list (non-recommended → recommended). */
export function defaultVariants(): LexiconEntry[] {
  return parse();
}
