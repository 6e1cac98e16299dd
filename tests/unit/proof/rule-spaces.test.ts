import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';

// Typed spaces between Han and Latin/digits (print policy: the composer adds the gap). A Latin
// word or a number with a typed space on both sides (引进了 AI 辅助) is web-style spacing inside
// a sentence; it must not be mistaken for the two gaps of a headline merged into the first
// sentence (PDF import), which keeps its spaces. Sentences written fresh for this rule.

/** [sentence, the UTF-16 starts of the gaps the rule must report]. */
const FLAG: [string, number[]][] = [
  ['县中医院上线了 AI 导诊机器人。', [7, 10]],
  ['𠮷祥村新建 5G 基站两座，信号覆盖全村。', [6, 9]],
  ['全镇共有 1260 户农户参加了医保。', [4, 9]],
  ['该厂引进 CNC 加工中心 12 台，产能翻番。', [4, 8, 13, 16]],
];

/** [sentence, the gap]: a spurious space the rule must still report next to a credit-like bracket. */
const SPURIOUS: [string, string][] = [
  ['今年该厂产值增长两成。(群众 调研 发现)', ' 调研'],
  ['县里新建 的停车场已投用，车位充足（王芳 摄）', '建 的'],
  ['𠮷祥村的樱桃熟了，（游客 采摘 忙）', ' 采摘'],
];

/** Near misses: gaps that are house style or not between Han and Latin. */
const LEAVE: string[] = [
  // a headline merged into its first sentence keeps its gaps
  '2024年成绩单 亮点几何? 2025年施工图 规划如何? 1月3日下午,市委经济工作会议召开。',
  '县域 AI 产业 加速崛起 记者近日走访了城东智造园，园区已集聚企业40家。',
  '本报讯（记者 林可 通讯员 王丽）昨天上午，县第一届农民丰收节开幕。',
  '新款iPhone 16系列手机在县城各门店同步发售。',
  // photo credits keep the gaps between names and before 摄 (house style, like bylines)
  '工作人员正在查看秧苗长势。（何涛 摄）',
  '𠮷祥村的孩子们在农家书屋阅读。(谭志勇 向丽 摄)',
  '新落成的文化礼堂。（王芳 供图）',
];

describe('cjk-latin-space/print-policy', () => {
  it.each(FLAG)('flags every typed gap in %s', (text, starts) => {
    const gaps = checkText(text).filter((f) => f.category === 'cjk-latin-space');
    expect(gaps.map((f) => f.start)).toEqual(starts);
    for (const f of gaps) {
      expect(text.slice(f.start, f.end)).toMatch(/^ +$/);
      expect(f.suggestion).toBe('');
    }
  });

  it.each(SPURIOUS)('still reports the spurious gap in %s', (text, around) => {
    const at = text.indexOf(around) + around.indexOf(' ');
    const hits = checkText(text).filter((f) => f.category === 'spurious-space');
    expect(hits.map((f) => [f.start, f.end])).toContainEqual([at, at + 1]);
  });

  it.each(LEAVE)('leaves the gaps of %s alone', (text) => {
    const gaps = checkText(text).filter((f) => f.category === 'cjk-latin-space' || f.category === 'spurious-space');
    expect(gaps).toEqual([]);
  });
});
