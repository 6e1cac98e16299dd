import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';
import { sharedDir } from './paths';

// A finding whose fix equals the text it marks changes nothing: a proofreader who accepts it is
// told the text was wrong and left as it was (issue 17). Guard every rule on every text we have.
const shared = sharedDir();
const pages = [
  path.join(shared, 'seed/000_482dc2148900315e.txt'),
  ...readdirSync(path.join(shared, 'intake-eval'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(shared, 'intake-eval', f)),
].map((f) => readFileSync(f, 'utf8'));
const devTexts = readFileSync(path.join(shared, 'proof-eval/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
// texts that trip many rules at once, the impossible-date fix among them
const busy = [
  '2023年2月29日，𠮷祥村召开会议,会议定于4月31日(星期三)再议……等事项。。',
  '“3.15”当天，农历8月15日，20几家企业、等参展，增长8-10%，二〇二四年3月5日。',
  '他说：“好。”。《关于《条例》的说明》，‘双减’，1方面，3十万，百分之5，8：30开始。',
];

describe('every fix changes the text', () => {
  it.each([...pages, ...devTexts, ...busy].map((t, k) => [k, t] as const))('text %i', (_k, text) => {
    for (const f of checkText(text)) {
      expect(f.suggestion, `${f.rule} at ${f.start}`).not.toBe(text.slice(f.start, f.end));
    }
  });
});

describe('the rules walked from GB/T 15834/15835 stay quiet on the clean pages', () => {
  const added = new Set(['punct-form/mark-forms', 'punct-duplicate/mixed-marks', 'punct-usage/gb15834-patterns', 'number-format/han-numerals']);
  it.each(pages.map((t, k) => [k, t] as const))('page %i', (_k, text) => {
    expect(checkText(text).filter((f) => added.has(f.rule)).map((f) => text.slice(f.start - 5, f.end + 5))).toEqual([]);
  });
});
