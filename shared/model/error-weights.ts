import type { ErrorClass } from './proofing';

/**
 * How much one error of each class counts towards 差错率, after 《报纸期刊质量管理规定》
 * (国家新闻出版署, 国新出发〔2020〕10号, in force 2020-05-28), its annex 《报纸编校差错率计算方法》:
 *
 * - A, 重要信息差错 (三.1): errors in the 报头, 报眉, 栏头 or a headline, and wrong important names
 *   (leaders' names, titles and order), times or pictures in the body count double an ordinary
 *   error — 2.
 * - B, 一般文字差错 (三.2(1)(2)): a wrong, extra or missing character, a fact, knowledge, logic or
 *   grammar error — 1 each.
 * - C, 标点符号和数字用法 (三.2(3) for numbers against GB/T 15835, 三.3 for ordinary punctuation
 *   misuse against GB/T 15834): 0.1 each.
 *
 * The annex's finer points (2–5 wrong characters in one place count 2, more count 4; one error
 * repeated counts at most 3 times an issue; number usage at most 1 an issue) are left to the
 * person marking: they choose the class per error, and may mark a long run as several.
 */
export const ERROR_WEIGHTS: Readonly<Record<ErrorClass, number>> = { A: 2, B: 1, C: 0.1 };

