import { entry } from './entry';
import type { LexiconEntry } from './types';

const CORE = '中共中央关于党的领导核心的规范表述（2016年十八届六中全会公报）；新华社规范表述';
const TITLES = '中央文件与新华社通稿规范称谓顺序';
const HKMO = '新华社《新闻信息报道中的禁用词和慎用词》（涉及港澳台部分，本报改写）';
const LISTS = '党的十九大、二十大报告中的固定提法（新华社规范表述）';

/** Every ordering of `items` but the given one. */
function otherOrders(items: readonly string[]): string[][] {
  if (items.length <= 1) return [];
  const all: string[][] = [];
  const walk = (rest: readonly string[], acc: string[]): void => {
    if (!rest.length) {
      all.push(acc);
      return;
    }
    rest.forEach((x, i) => walk([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, x]));
  };
  walk(items, []);
  const right = items.join('、');
  return all.filter((p) => p.join('、') !== right);
}

/**
 * A fixed list written in another order (四个意识 as 大局意识、政治意识 …). Only the complete list
 * is matched, so naming two of its items in any order stays correct.
 */
function fixedOrder(items: readonly string[], source: string, note: string): LexiconEntry[] {
  const right = items.join('、');
  return otherOrders(items).map((p) => entry(p.join('、'), right, source, { note }));
}

/** The three leading titles in their fixed order. */
const TITLE_ORDER = ['中共中央总书记', '国家主席', '中央军委主席'] as const;

function titleOrders(): LexiconEntry[] {
  return fixedOrder(TITLE_ORDER, TITLES, '规范表述：领导职务的排列顺序是固定表述：中共中央总书记、国家主席、中央军委主席，不得颠倒。');
}

/** 党内职务在前、国家机关职务在后（中共中央政治局常委、国务院总理）。 */
function partyFirst(): LexiconEntry[] {
  const state = ['国务院总理', '全国人大常委会委员长', '全国政协主席', '国务院副总理', '国家副主席'];
  return state.flatMap((s) =>
    ['中共中央政治局常委', '中共中央政治局委员'].map((p) =>
      entry(`${s}、${p}`, `${p}、${s}`, TITLES, { note: '规范表述：领导同志的职务党内职务在前，先写“中共中央政治局常委（委员）”，再写国家机关职务。' }),
    ),
  );
}

function fixedLists(): LexiconEntry[] {
  return [
    ...fixedOrder(['政治意识', '大局意识', '核心意识', '看齐意识'], LISTS, '规范表述：“四个意识”的顺序是政治意识、大局意识、核心意识、看齐意识。'),
    ...fixedOrder(['道路自信', '理论自信', '制度自信', '文化自信'], LISTS, '规范表述：“四个自信”的顺序是道路自信、理论自信、制度自信、文化自信。'),
    ...fixedOrder(['创新', '协调', '绿色', '开放', '共享'], LISTS, '规范表述：新发展理念的顺序是创新、协调、绿色、开放、共享。'),
    ...fixedOrder(
      ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
      LISTS,
      '规范表述：“五位一体”总体布局的顺序是经济建设、政治建设、文化建设、社会建设、生态文明建设。',
    ),
    ...fixedOrder(
      ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'],
      LISTS,
      '规范表述：“四个全面”战略布局的顺序是全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。',
    ),
    ...fixedOrder(['富强', '民主', '文明', '和谐'], LISTS, '规范表述：社会主义核心价值观国家层面的顺序是富强、民主、文明、和谐。'),
    ...fixedOrder(['自由', '平等', '公正', '法治'], LISTS, '规范表述：社会主义核心价值观社会层面的顺序是自由、平等、公正、法治。'),
    ...fixedOrder(['爱国', '敬业', '诚信', '友善'], LISTS, '规范表述：社会主义核心价值观个人层面的顺序是爱国、敬业、诚信、友善。'),
  ];
}

/** 习近平新时代中国特色社会主义思想 and the 两个确立, with a word missing or moved. */
function thought(): LexiconEntry[] {
  const name = '习近平新时代中国特色社会主义思想';
  const note = `规范表述：全称为“${name}”，不得缺字、颠倒。`;
  return [
    entry('新时代习近平中国特色社会主义思想', name, CORE, { note }),
    entry('习近平中国特色社会主义思想', name, CORE, { note }),
    entry('习近平新时代特色社会主义思想', name, CORE, { note }),
    entry('习近平新时代中国特色思想', name, CORE, { note }),
    entry('习近平新时代社会主义思想', name, CORE, { note }),
    entry('习近平新时代中国社会主义思想', name, CORE, { note }),
    entry('全党的核心、党中央的核心', '党中央的核心、全党的核心', CORE, {
      note: '规范表述：“两个确立”“两个维护”中为“党中央的核心、全党的核心地位”，顺序不得颠倒。',
    }),
  ];
}

/** 党的全国代表大会的简称: 党的二十大, not 二十大会议. */
function congresses(): LexiconEntry[] {
  return ['十八', '十九', '二十', '二十一'].map((n) =>
    entry(`${n}大会议`, `${n}大`, CORE, {
      // 二十大会议室 is a room
      notAfter: '[室厅楼中心]',
      notBefore: '[一二三四五六七八九十]',
      note: `规范表述：“党的${n}大”即中国共产党第${n}次全国代表大会，“大”即大会，不作“${n}大会议”。`,
    }),
  );
}

/** 台湾、香港、澳门与“中国”不得并列；台湾地区机构须加引号或改称。 */
function hkMacaoTaiwan(): LexiconEntry[] {
  const pair = (wrong: string, right: string, note: string): LexiconEntry => entry(wrong, right, HKMO, { note });
  const hkNote = '新华社禁用词：“香港、澳门”与“内地”为对应概念，不得将香港、澳门与“中国”并列。';
  const twNote = '新华社禁用词：“台湾”与“祖国大陆”或“大陆”为对应概念，不得将台湾与“中国”并列。';
  return [
    pair('中港两地', '内地与香港两地', hkNote),
    pair('中港合作', '内地与香港合作', hkNote),
    pair('中港澳', '内地与港澳', hkNote),
    pair('中国与港澳台', '内地与港澳台', hkNote),
    pair('中国与香港', '内地与香港', hkNote),
    pair('中国和香港', '内地和香港', hkNote),
    pair('中国与澳门', '内地与澳门', hkNote),
    pair('中国和澳门', '内地和澳门', hkNote),
    pair('中国与台湾', '大陆与台湾', twNote),
    pair('中国和台湾', '大陆和台湾', twNote),
    entry('中台', '大陆与台湾', HKMO, { after: '(?:关系|两岸|双方|之间|贸易|交流)', notBefore: '[舞讲看站]', note: twNote }),
    // only before a word that makes it the pair 中国—香港 (中港路、中港城 are place names)
    entry('中港', '内地与香港', HKMO, {
      after: '(?:关系|双方|之间|贸易|经贸|商贸|经济|交流|往来|融合|跨境|口岸|通关|旅游|文化|青年|金融|物流|人员)',
      note: hkNote,
    }),
    pair('两岸三地', '海峡两岸和香港', '新华社禁用词：不得将海峡两岸和香港并称为“两岸三地”。'),
    entry('回归中国', '回归祖国', HKMO, { before: '(?:香港|澳门)', note: '新华社禁用词：应称香港、澳门“回归祖国”，不称“回归中国”。' }),
    pair('台湾政府', '台湾当局', '新华社禁用词：对台湾地区政权应称“台湾当局”。'),
    pair('台湾总统', '台湾地区领导人', '新华社禁用词：不称台湾地区领导人为“总统”，应称“台湾地区领导人”。'),
    pair('台湾行政院', '台湾地区行政管理机构', '新华社禁用词：台湾地区的“行政院”须加引号或改称“台湾地区行政管理机构”。'),
    pair('台湾立法院', '台湾地区立法机构', '新华社禁用词：台湾地区的“立法院”须加引号或改称“台湾地区立法机构”。'),
  ];
}

/** Shipped list of fixed official wordings (the newsroom's 总编室 maintains it). */
export function defaultFormulations(): LexiconEntry[] {
  return [
    entry('总书记', '同志', CORE, {
      before: '以习近平',
      after: '为核心',
      note: '规范表述：应为“以习近平同志为核心的党中央”，不得改写为“以习近平总书记为核心”。',
    }),
    // the same wording with his state title in place of 同志: 以习近平主席为核心
    entry('主席', '同志', CORE, {
      before: '以习近平',
      after: '为核心',
      note: '规范表述：应为“以习近平同志为核心的党中央”，不得改写为“以习近平主席为核心”。',
    }),
    entry('为总书记的党中央', '为核心的党中央', CORE, {
      before: '以习近平同志',
      note: '规范表述：现行规范表述为“以习近平同志为核心的党中央”。',
    }),
    ...titleOrders(),
    ...partyFirst(),
    ...fixedLists(),
    ...thought(),
    ...congresses(),
    ...hkMacaoTaiwan(),
    entry('不忘初心，牢记使命', '不忘初心、牢记使命', CORE, {
      note: '规范表述：固定表述“不忘初心、牢记使命”中间用顿号。',
    }),
  ];
}
