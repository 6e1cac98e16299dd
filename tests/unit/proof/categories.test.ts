import { describe, expect, it } from 'vitest';
import type { ProofCategory } from '../../../shared/proof/index';
import { checkText } from '../../../shared/proof/index';

const G = '𠮷'; // U+20BB7: two UTF-16 code units

interface Case {
  text: string;
  found: string;
  suggestion: string;
}

/** [category, positives (text, exact found span, suggestion), negatives (must give nothing in that category)] */
const CASES: [ProofCategory, Case[], string[]][] = [
  [
    'halfwidth-punct',
    [
      { text: `${G}野家新开3家门店,预计`, found: ',', suggestion: '，' },
      { text: '总投资12.6亿元(其中专项债4亿元)，', found: '(', suggestion: '（' },
      { text: '增长6.2%,增速', found: ',', suggestion: '，' },
      { text: '她说:“好。”', found: ':', suggestion: '：' },
      { text: '亮点几何?规划如何', found: '?', suggestion: '？' },
      { text: '全年增长19%.', found: '.', suggestion: '。' },
    ],
    ['外贸出口额1,256.3亿元', '当晚19:30开演', '登录www.yk.gov.cn查询', '他说“Hello, how are you?”', '比例尺1:500', `${G}野家2025.1.18开业`],
  ],
  [
    'fullwidth-alnum',
    [
      { text: '共有Ａ级景区２８家', found: 'Ａ', suggestion: 'A' },
      { text: `${G}２８家`, found: '２８', suggestion: '28' },
    ],
    ['共有A级景区28家'],
  ],
  [
    'quote-unbalanced',
    [
      { text: '打造“共富工坊’品牌。', found: '’', suggestion: '”' },
      { text: `${G}观看电影《长津湖，重温历史。`, found: '，', suggestion: '》，' },
      { text: '他说：“今天很好。', found: '。', suggestion: '。”' },
    ],
    ['“这里的变化，我们看在眼里。”村民说。', '《永康日报》《金华日报》', '（1）加强领导；2）压实责任。', "It's fine，好的。"],
  ],
  [
    'quote-style',
    [
      { text: '学习了"四下基层"的经验', found: '"', suggestion: '“' },
      { text: '「光盘行动」开展', found: '「', suggestion: '“' },
      { text: '“文明“光盘行动”从我做起”', found: '“', suggestion: '‘' },
    ],
    ['“文明‘光盘行动’从我做起”', 'He said "yes" to it.'],
  ],
  [
    'punct-form',
    [
      { text: '变化实在太大了...', found: '...', suggestion: '……' },
      { text: '民生工程--城乡供水', found: '--', suggestion: '——' },
      { text: '2024-2025学年', found: '-', suggestion: '—' },
      { text: '太大了。。。', found: '。。。', suggestion: '……' },
    ],
    ['变化实在太大了……', '重点场所实现Wi-Fi全覆盖', '日期2025-01-18', '电话0579-87654321'],
  ],
  [
    'punct-duplicate',
    [
      { text: '义诊、、法律援助', found: '、、', suggestion: '、' },
      { text: `${G}文化礼堂。。`, found: '。。', suggestion: '。' },
    ],
    ['真的吗？？', '太好了！！'],
  ],
  [
    'punct-usage',
    [{ text: '学习《宪法》、《民法典》等', found: '、', suggestion: '' }],
    ['从“大乱”到“大美”', '学习宪法、民法典'],
  ],
  [
    'spurious-space',
    [
      { text: '新能源汽车产业链　项目签约仪式昨日举行。', found: '　', suggestion: '' },
      { text: '12.8万户， 同比增长8%。', found: ' ', suggestion: '' },
      { text: `要加快 推进${G}项目建设。`, found: ' ', suggestion: '' },
    ],
    ['本报讯（通讯员 陈晓 记者 王芳）昨天上午，火情得到处置。', '富强 民主 文明 和谐', '新款iPhone 16系列手机首发。'],
  ],
  [
    'cjk-latin-space',
    [{ text: '研发的 AI质检系统，', found: ' ', suggestion: '' }],
    ['研发的AI质检系统，', '新款iPhone 16系列手机首发。'],
  ],
  [
    'repeated-char',
    [
      { text: '吸引了了近千名市民', found: '了了', suggestion: '了' },
      { text: '要把把好事办实，', found: '把把', suggestion: '把' },
    ],
    ['实实在在地办事', '不了了之', '这是我们的目的的一部分', '一把把钥匙', '为了了解情况', '的的确确如此'],
  ],
  ['de-di-de', [{ text: '运转的很平稳，', found: '的', suggestion: '得' }], ['真的很好', '我们的很多朋友', '运转得很平稳']],
  [
    'confusable-word',
    [
      { text: '截止11月底，', found: '截止', suggestion: '截至' },
      { text: '帮助企业度过了难关。', found: '度过', suggestion: '渡过' },
      { text: `${G}再接再励，`, found: '再接再励', suggestion: '再接再厉' },
    ],
    ['报名截止日期为5月1日', '度过了一个愉快的假期', '再接再厉'],
  ],
  [
    'variant-form',
    [
      { text: '有机质成份明显提高', found: '成份', suggestion: '成分' },
      { text: '节目丰富多采，', found: '丰富多采', suggestion: '丰富多彩' },
    ],
    ['确定单位名单', '成分明显提高'],
  ],
  [
    'number-format',
    [
      { text: '持续了三、四个月', found: '三、四', suggestion: '三四' },
      { text: '第十八届人民代表大会第4次会议', found: '4', suggestion: '四' },
      { text: '增长2～3%', found: '2～3%', suggestion: '2%～3%' },
      { text: '投资3千元', found: '3千', suggestion: '3000' },
      { text: '二零二五年', found: '零', suggestion: '〇' },
    ],
    ['一、二季度', '第19届亚运会', '3～5年', '重3千克', '二〇二四年', '增长2%～3%'],
  ],
  [
    'date-format',
    [
      { text: '将于2025.1.18在市场举行', found: '2025.1.18', suggestion: '2025年1月18日' },
      { text: '于2月12号晚举行', found: '号', suggestion: '日' },
      { text: '2025年1月3日（星期四），', found: '四', suggestion: '五' },
      { text: '98年3月入伍', found: '98年', suggestion: '1998年' },
    ],
    ['2025年1月6日（星期一），', '住在3月5号楼', '2025-01-18', '2024年2月29日'],
  ],
  [
    'trad-simp-mix',
    [
      { text: `推动${G}經濟发展`, found: '經濟', suggestion: '经济' },
      { text: '加快發展', found: '發', suggestion: '发' },
    ],
    ['乾坤朗朗', '著名作家', '经济发展', '乾隆年间'],
  ],
  [
    'char-form',
    [
      { text: '二O二四年，', found: 'O', suggestion: '〇' },
      { text: '二○二四年', found: '○', suggestion: '〇' },
    ],
    ['二〇二四年', 'O2O模式'],
  ],
  [
    'political-formulation',
    [
      { text: '团结在以习近平总书记为核心的党中央周围', found: '总书记', suggestion: '同志' },
      {
        text: '国家主席、中共中央总书记、中央军委主席习近平',
        found: '国家主席、中共中央总书记、中央军委主席',
        suggestion: '中共中央总书记、国家主席、中央军委主席',
      },
      { text: '金华市市委召开会议', found: '市市委', suggestion: '市委' },
    ],
    ['以习近平同志为核心的党中央', '中共中央总书记、国家主席、中央军委主席习近平', '金华市委'],
  ],
  [
    'banned-term',
    [{ text: '村长张华介绍，', found: '村长', suggestion: '村委会主任' }],
    ['农村长期发展', '村委会主任张华'],
  ],
];

describe('every category: positive and negative cases', () => {
  for (const [category, positives, negatives] of CASES) {
    describe(category, () => {
      for (const c of positives) {
        it(`flags ${JSON.stringify(c.text)}`, () => {
          const hits = checkText(c.text, { categories: [category] });
          const hit = hits.find((f) => c.text.slice(f.start, f.end) === c.found && f.suggestion === c.suggestion);
          expect(hit, JSON.stringify(hits)).toBeDefined();
          expect(hit?.category).toBe(category);
          expect(hit?.message).toMatch(/[\u4e00-\u9fff]/);
        });
      }
      for (const text of negatives) {
        it(`leaves ${JSON.stringify(text)} alone`, () => {
          expect(checkText(text, { categories: [category] })).toEqual([]);
        });
      }
    });
  }
});

describe('broken-paragraph', () => {
  it('reports the line breaks inside a sentence', () => {
    const text = '2025年是规划收官之年，是关键之年取\n\n得明显实质性进展的关键之年。';
    const hits = checkText(text, { categories: ['broken-paragraph'] });
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]?.start, hits[0]?.end)).toBe('\n\n');
    expect(hits[0]?.suggestion).toBe('');
  });
  it('does not join a headline, a byline or a finished paragraph', () => {
    const text = '把握四方面认识 推动高质量发展\n\n融媒记者 李梦楚\n\n全会提出，要持续加快产业转型。\n\n下一段开始，继续推进。';
    expect(checkText(text, { categories: ['broken-paragraph'] })).toEqual([]);
  });
});

describe('astral offsets', () => {
  it('counts 𠮷 as two code units before a finding', () => {
    const text = `${G}${G}野家,预计`;
    const [hit] = checkText(text, { categories: ['halfwidth-punct'] });
    expect(hit?.start).toBe(6); // 2 + 2 code units for 𠮷𠮷, 2 for 野家
    expect(text[hit?.start ?? 0]).toBe(',');
  });
});
