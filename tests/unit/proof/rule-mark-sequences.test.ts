import { describe, expect, it } from 'vitest';
import { expectClean, expectFlag, type FlagCase } from './rule-cases';

// punct-duplicate/mixed-marks: one pause takes one 点号 (GB/T 15834—2011 3.1); a quotation that
// ends with its own stop takes no 。 after the closing quote (4.1, 4.8)
const RULE = 'punct-duplicate/mixed-marks';

const FLAG: FlagCase[] = [
  { text: '𠮷祥村今年新修了两条机耕路，。村民出行更方便了。', found: '，。', fix: '。' },
  { text: '全镇共有家庭农场46家、，合作社12家。', found: '、，', fix: '，' },
  { text: '县委书记在会上强调：，要把群众的事放在心上。', found: '：，', fix: '：' },
  { text: '项目总投资3.2亿元；，预计年底完工。', found: '；，', fix: '；' },
  { text: '这样的好日子谁不盼着呢？。', found: '？。', fix: '？' },
  { text: '老党员王德厚感慨地说：“今年的收成真好，日子越过越红火。”。', found: '”。', fix: '' },
  { text: '她笑着对记者说：“合作社让我们有了奔头。”。', found: '”。', fix: '' },
  { text: '活动现场，志愿者为老人们量血压、测血糖、。', found: '、。', fix: '。' },
  { text: '下一步，县里将继续加大投入，，；确保工程按期交付。', found: '，，；', fix: '；' },
  { text: '村支书对大家说：“路修好了，产业就能跟上来。”。', found: '”。', fix: '' },
  { text: '本次培训共有学员120人，、其中女性58人。', found: '，、', fix: '，' },
];

const CLEAN = [
  '这难道不是我们共同的心愿吗？！',
  '“大家说好不好？”村支书问。',
  '他连声说：“好！好！”随后起身离开。',
  '工程进展如何？质量怎么样？群众满意吗？',
  '她说：“我们一起努力。”大家都笑了。',
  '这……这是真的吗？',
  '大家讨论的主题是“谁来种地？”。',
];

describe(RULE, () => {
  it.each(FLAG)('flags $found in $text', (c) => {
    // for ”。 the span is the 。 after the quote
    const found = c.found === '”。' ? '。' : c.found;
    const nth = c.found === '”。' ? c.text.split('。').length - 2 : c.nth;
    expectFlag(RULE, { ...c, found, nth });
  });

  it('counts offsets in UTF-16 code units after an astral ideograph', () => {
    const f = expectFlag(RULE, FLAG[0] as FlagCase);
    expect(f.start).toBe(14);
  });

  it.each(CLEAN)('leaves alone: %s', (text) => {
    expectClean(RULE, text);
  });
});
