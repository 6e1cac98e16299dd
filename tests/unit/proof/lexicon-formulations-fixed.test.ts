import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES } from '../../../shared/proof/category-names';
import { checkText } from '../../../shared/proof/index';

// Fixed official wordings: the full name of the thought, fixed lists in their order, party posts
// before state posts, 党的二十大, and the 港澳台 pairings of the 新华社 list.
// Sentences written fresh for this rule (county-news style, invented); offsets are UTF-16 code
// units, so a sentence with 𠮷 (two units) before the error catches a code-point slip.

/** [sentence, start, end, fix]: the only finding the whole checker may report on the sentence. */
const FLAG: [string, number, number, string][] = [
  ["𠮷祥村党员干部深入学习习近平中国特色社会主义思想。", 12, 25, "习近平新时代中国特色社会主义思想"],
  ["全体党员要增强大局意识、政治意识、核心意识、看齐意识。", 7, 26, "政治意识、大局意识、核心意识、看齐意识"],
  ["坚定道路自信、制度自信、理论自信、文化自信。", 2, 21, "道路自信、理论自信、制度自信、文化自信"],
  ["全县坚持创新、协调、开放、绿色、共享的发展理念。", 4, 18, "创新、协调、绿色、开放、共享"],
  ["统筹推进经济建设、政治建设、社会建设、文化建设、生态文明建设。", 4, 30, "经济建设、政治建设、文化建设、社会建设、生态文明建设"],
  ["国务院总理、中共中央政治局常委李强出席会议。", 0, 15, "中共中央政治局常委、国务院总理"],
  ["全镇深入学习贯彻党的二十大会议精神。", 10, 15, "二十大"],
  ["活动旨在推动中国与香港青年交流。", 6, 11, "内地与香港"],
  ["台湾行政院近日宣布调整电价。", 0, 5, "台湾地区行政管理机构"],
  ["香港回归中国以来，两地经贸往来日益密切。", 2, 6, "回归祖国"],
  ["两岸三地的企业家齐聚古镇。", 0, 4, "海峡两岸和香港"],
  ["墙上写着民主、富强、文明、和谐八个大字。", 4, 15, "富强、民主、文明、和谐"],
  ["全县上下协调推进全面建设社会主义现代化国家、全面依法治国、全面深化改革、全面从严治党。", 8, 42, "全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党"],
  ["坚决维护习近平总书记全党的核心、党中央的核心地位。", 10, 22, "党中央的核心、全党的核心"],
  ["全镇扎实开展“不忘初心，牢记使命”主题教育回头看。", 7, 16, "不忘初心、牢记使命"],
  ["全县干部群众要紧密团结在以习近平主席为核心的党中央周围。", 16, 18, "同志"],
  ["𠮷祥村党员表示，要坚定拥护以习近平主席为核心的党中央。", 18, 20, "同志"],
  ["本次论坛旨在深化中港经贸往来。", 8, 10, "内地与香港"],
  ["县青联组织了中港青年交流营。", 6, 8, "内地与香港"],
  ["我县企业借助中港跨境电商平台拓展销路。", 6, 8, "内地与香港"],
];

/** Correct sentences containing the same characters: no finding at all. */
const LEAVE: string[] = [
  "国家主席习近平近日在北京会见外国客人。",
  "新开的超市位于中港路与人民大道交叉口。",
  "中港城商业综合体今天开业。",
  "全体党员要增强政治意识、大局意识。",
  "县委召开常委会议，传达学习党的二十大精神。",
  "中国与新加坡在港口建设方面合作密切。",
  "𠮷祥村党员干部深入学习习近平新时代中国特色社会主义思想。",
  "内地与香港两地青年交流活动在我县举行。",
  "更加紧密地团结在以习近平同志为核心的党中央周围。",
];

describe('standard political formulations', () => {
  it.each(FLAG)('flags %s', (text, start, end, fix) => {
    const found = checkText(text);
    expect(found.map((f) => [f.start, f.end, f.category, f.suggestion])).toEqual([[start, end, 'political-formulation', fix]]);
    const f = found[0]!;
    expect(f.suggestion).not.toBe(text.slice(f.start, f.end));
    expect(f.message).toMatch(/规范表述|新华社/);
    expect(CATEGORY_NAMES[f.category]).toMatch(/\p{Script=Han}/u);
  });

  it.each(LEAVE)('leaves %s alone', (text) => {
    expect(checkText(text).map((f) => [text.slice(f.start, f.end), f.suggestion, f.rule])).toEqual([]);
  });
});
