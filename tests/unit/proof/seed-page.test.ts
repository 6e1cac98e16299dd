import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';
import { sharedDir } from './paths';

const text = readFileSync(path.join(sharedDir(), 'seed/000_482dc2148900315e.txt'), 'utf8');
const findings = checkText(text);
const halfwidth = new Set(findings.filter((f) => f.category === 'halfwidth-punct').map((f) => f.start));

function isDecimalPoint(i: number): boolean {
  return text[i] === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
}

describe('seed page', () => {
  it('flags every ASCII punctuation mark in Chinese text', () => {
    const missed: string[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!',.;:?!()'.includes(text[i] ?? 'x') || isDecimalPoint(i)) continue;
      if (!halfwidth.has(i)) missed.push(text.slice(i - 6, i + 6));
    }
    expect(missed).toEqual([]);
    expect(halfwidth.size).toBeGreaterThan(150);
  });

  it('does not flag 8.7%, 19%, 6%', () => {
    for (const s of ['8.7%', '19%', '6%']) {
      const at = text.indexOf(s);
      expect(at).toBeGreaterThan(0);
      expect(findings.filter((f) => f.start < at + s.length && at < f.end && f.category !== 'halfwidth-punct')).toEqual([]);
      expect([...s].some((_, k) => halfwidth.has(at + k))).toBe(false);
    }
  });

  it('finds the known defects of the page', () => {
    const cat = (c: string): string[] => findings.filter((f) => f.category === c).map((f) => text.slice(f.start, f.end));
    expect(cat('political-formulation')).toEqual(['总书记']);
    expect(cat('broken-paragraph').length).toBeGreaterThanOrEqual(5);
    expect(cat('quote-unbalanced')).toEqual(['“']);
  });

  it('leaves headline, slogan and byline spaces alone', () => {
    expect(findings.filter((f) => f.category === 'spurious-space' || f.category === 'cjk-latin-space')).toEqual([]);
  });
});

describe('exempt number and address forms', () => {
  it('keeps 1,256.3 / 19:30 / URLs / English sentences', () => {
    const samples = [
      '今年外贸出口额1,256.3亿元，同比增长19%。',
      '当晚19:30，新年音乐会开演。',
      '详情可登录https://www.yk.gov.cn/news?id=1查询。',
      '他在信中写道：“We are proud of what we have built, and we will do more.”',
    ];
    for (const s of samples) expect(checkText(s), s).toEqual([]);
  });
});
