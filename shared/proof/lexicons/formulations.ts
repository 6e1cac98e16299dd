import { entry } from './entry';
import type { LexiconEntry } from './types';

const CORE = '中共中央关于党的领导核心的规范表述（2016年十八届六中全会公报）；新华社规范表述';
const TITLES = '中央文件与新华社通稿规范称谓顺序';
const HKMO = '新华社《新闻信息报道中的禁用词和慎用词》（在港澳台表述部分，本报改写）';

/** The three leading titles in their fixed order. */
const TITLE_ORDER = ['中共中央总书记', '国家主席', '中央军委主席'] as const;

function titleOrders(): LexiconEntry[] {
  const [a, b, c] = TITLE_ORDER;
  const right = `${a}、${b}、${c}`;
  const perms = [
    [a, c, b],
    [b, a, c],
    [b, c, a],
    [c, a, b],
    [c, b, a],
  ];
  return perms.map((p) =>
    entry(p.join('、'), right, TITLES, {
      note: '领导职务的排列顺序是固定表述：中共中央总书记、国家主席、中央军委主席，不得颠倒。',
    }),
  );
}

/** Shipped list of fixed official wordings (the newsroom's 总编室 maintains it). */
export function defaultFormulations(): LexiconEntry[] {
  return [
    entry('总书记', '同志', CORE, {
      before: '以习近平',
      after: '为核心',
      note: '规范表述为“以习近平同志为核心的党中央”，不得改写为“以习近平总书记为核心”。',
    }),
    entry('为总书记的党中央', '为核心的党中央', CORE, {
      before: '以习近平同志',
      note: '现行规范表述为“以习近平同志为核心的党中央”。',
    }),
    ...titleOrders(),
    entry('中港两地', '内地与香港两地', HKMO, { note: '不得将“中国”与香港并列，应称“内地与香港”。' }),
    entry('中港合作', '内地与香港合作', HKMO, { note: '不得将“中国”与香港并列，应称“内地与香港”。' }),
    entry('中港澳', '内地与港澳', HKMO, { note: '不得将“中国”与港澳并列，应称“内地与港澳”。' }),
    entry('中国与港澳台', '内地与港澳台', HKMO, { note: '不得将“中国”与港澳台并列。' }),
    entry('台湾政府', '台湾当局', HKMO, { note: '对台湾地区政权应称“台湾当局”。' }),
    entry('台湾总统', '台湾地区领导人', HKMO, { note: '应称“台湾地区领导人”。' }),
    entry('不忘初心，牢记使命', '不忘初心、牢记使命', CORE, {
      note: '固定表述“不忘初心、牢记使命”中间用顿号。',
    }),
  ];
}
