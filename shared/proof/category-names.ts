import type { ProofCategory } from './types';

/**
 * What a proofreader reads for each category: the names of the 校对 trade, not the checker's
 * codes (the codes stay in the CLI's JSON and in data attributes for tests).
 */
export const CATEGORY_NAMES: Record<ProofCategory, string> = {
  'halfwidth-punct': '半角标点',
  'fullwidth-alnum': '全角字母数字',
  'quote-unbalanced': '标点不配对',
  'quote-style': '引号形式',
  'punct-form': '标点形式',
  'punct-duplicate': '标点重复',
  'punct-usage': '标点用法',
  'spurious-space': '多余空格',
  'cjk-latin-space': '中西文间空格',
  'broken-paragraph': '段落断开',
  'import-artifact': '导入残留',
  'repeated-char': '字词重复',
  'de-di-de': '“的”“地”“得”',
  'confusable-word': '易错词',
  'variant-form': '异形词',
  'number-format': '数字用法',
  'date-format': '日期写法',
  'trad-simp-mix': '繁简混用',
  'char-form': '字形',
  'political-formulation': '规范表述',
  'banned-term': '禁用词慎用词',
};

/** The Chinese name of a category code (the contract carries codes as strings). */
export const categoryName = (code: string): string => (Object.hasOwn(CATEGORY_NAMES, code) ? CATEGORY_NAMES[code as ProofCategory] : '其他');
