import type { TagKind } from './types';
import { CONNECTIVE, DEICTIC_START, charLength, hasHan, isBreak, isNounish, type TaggedToken } from './tokens';

/** A named thing found by its shape in the text: …镇, …村, …局, …学院, 市委…会议, 职务 + 姓名. */
export interface PatternEntity {
  name: string;
  kind: Extract<TagKind, 'person' | 'place' | 'organisation' | 'event'>;
}

/** Administrative units below the county: a token ending so is a place. */
const PLACE_SUFFIX = /(?:镇|乡|村|街道|社区|开发区|园区)$/u;
/** Heads of organisation names. */
const ORG_HEAD = /(?:学院|学校|中学|小学|大学|幼儿园|医院|卫生院|集团|公司|银行|协会|商会|学会|委员会|研究院|研究所|合作社|法院|检察院|派出所|局|厅|办公室)$/u;
/** Words ending like an organisation that are not one (发展大局, 新格局, 该局). */
const NOT_ORG_HEAD = /^(?:[该本全]|大局|格局|布局|结局|全局|开局|变局|时局|政局|当局|饭局|僵局|骗局|邮局$)/u;
/** Heads of event names. */
const EVENT_HEAD = /(?:会议|大会|全会|论坛|博览会|交易会|展览会|推进会|座谈会|运动会|文化节|艺术节|旅游节)$/u;

/** Titles that are followed by the holder's name in Chinese news copy (局长陈磊, 记者 徐婷婷). */
const TITLES = [
  '党委书记', '党支部书记', '党工委书记', '书记', '副书记', '市长', '副市长', '县长', '副县长', '区长', '镇长', '乡长', '村长',
  '局长', '副局长', '主任', '副主任', '董事长', '总经理', '经理', '总裁', '校长', '院长', '所长', '站长', '主席', '会长',
  '部长', '厅长', '处长', '科长', '社长', '总编辑', '记者', '通讯员', '教授', '医生', '老师', '村民', '负责人',
];
/** Common single-character surnames (including the Zhejiang 应, 楼, 俞 and 胥). */
const SURNAMES =
  '陈李王张刘杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤应楼俞施盛童倪舒胥章翁鲍屠骆';
/** Characters that start the verb after a name (陈磊表示, 吕新印说): a 3rd character like these is not part of the name. */
const AFTER_NAME = '表说指介认强干更带告等在一的同也和是称就对率为到要与讲坦希感建提深还已将';

const PERSON = new RegExp(`(?:${TITLES.sort((a, b) => b.length - a.length).join('|')})[ \\u3000]?([${SURNAMES}][\\u4e00-\\u9fff]{1,2})`, 'gu');

/** People named right after their title. */
export function findPeople(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PERSON)) {
    let name = m[1]!;
    if (name.length === 3 && AFTER_NAME.includes(name[2]!)) name = name.slice(0, 2);
    out.push(name);
  }
  return out;
}

/**
 * Walk back from `head` over noun-like tokens (at most `max`) and join them to the head, so that
 * 永康|五金|技师|学院 or 市委|经济|工作|会议 become one name. Null when nothing precedes it.
 */
function chainBefore(tokens: readonly TaggedToken[], head: number, max: number): string | null {
  let start = head;
  while (start > 0 && head - start < max) {
    const t = tokens[start - 1]!;
    if (isBreak(t) || !isNounish(t) || CONNECTIVE.has(t.word)) break;
    start--;
  }
  // A leading 该/本/全… refers back to something named elsewhere.
  while (start < head && DEICTIC_START.test(tokens[start]!.word) && tokens[start]!.word.length <= 2) start++;
  if (start === head) return null;
  return tokens.slice(start, head + 1).map((t) => t.word).join('');
}

/** Places, organisations and events recognised by their last word. */
export function findShapedEntities(tokens: readonly TaggedToken[]): PatternEntity[] {
  const out: PatternEntity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isBreak(t) || !hasHan(t.word)) continue;
    if (EVENT_HEAD.test(t.word)) {
      const name = chainBefore(tokens, i, 4);
      if (name && charLength(name) >= 5 && charLength(name) <= 16) out.push({ name, kind: 'event' });
    } else if (ORG_HEAD.test(t.word) && !NOT_ORG_HEAD.test(t.word)) {
      const name = chainBefore(tokens, i, 4);
      if (name && charLength(name) >= 4 && charLength(name) <= 16) out.push({ name, kind: 'organisation' });
    } else if (PLACE_SUFFIX.test(t.word) && !DEICTIC_START.test(t.word)) {
      let name = t.word;
      // jieba splits an unknown village as 大|陈村: take one preceding single character back.
      const prev = tokens[i - 1];
      if (charLength(name) === 2 && prev && charLength(prev.word) === 1 && hasHan(prev.word) && /^(?:a|n|ng|nr|ns|x|j|b)$/.test(prev.tag)) {
        name = prev.word + name;
      }
      if (charLength(name) >= 3 && charLength(name) <= 8) out.push({ name, kind: 'place' });
    }
  }
  return out;
}
