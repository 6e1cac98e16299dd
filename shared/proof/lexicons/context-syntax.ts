/**
 * The pattern language of 词库 context conditions (before / after / notBefore / notAfter).
 *
 * Editors type these, so they are untrusted: a JavaScript RegExp backtracks, and a pattern such
 * as `(?:.*){12}Z` took seconds per check (issue #13, finding 4). This is the regular subset of
 * JavaScript's syntax with the `u` flag, parsed here into a tree that context-pattern.ts compiles
 * to a Thompson automaton, which runs in time linear in the text whatever the pattern:
 *
 *   literals, `.`, `[...]` / `[^...]` with ranges, `\d \D \s \S \w \W`, `\p{…}` / `\P{…}`,
 *   `\t \n \r \f \v \0`, `\uXXXX`, `\u{…}`, `\xHH`, escaped syntax characters,
 *   `(...)`, `(?:...)`, `(?<name>...)`, `|`, `? * + {n} {n,} {n,m}` (greedy or lazy),
 *   `^` and `$`.
 *
 * Refused with a reason: back-references and lookaround (not regular), `\b` / `\B` (no words in
 * Chinese text), and repeat counts over MAX_REPEAT (the context window is 16 characters).
 */

/** A set of code points: a test run on one code point at a time. */
export type CharTest = (cp: number) => boolean;

export type PatternNode =
  | { readonly type: 'char'; readonly test: CharTest }
  | { readonly type: 'seq'; readonly items: readonly PatternNode[] }
  | { readonly type: 'alt'; readonly options: readonly PatternNode[] }
  | { readonly type: 'repeat'; readonly body: PatternNode; readonly min: number; readonly max: number | null }
  | { readonly type: 'start' }
  | { readonly type: 'end' };

/** The largest repeat count accepted: the matcher sees 16 characters either side of a match. */
export const MAX_REPEAT = 64;

/** A pattern outside the language, with a reason in Chinese and English. */
export class PatternSyntaxError extends Error {
  constructor(
    readonly zh: string,
    en: string,
    readonly at: number,
  ) {
    super(`${en} (at ${at})`);
    this.name = 'PatternSyntaxError';
  }
}

const LINE_TERMINATORS = new Set([0x0a, 0x0d, 0x2028, 0x2029]);
const isDigit = (cp: number): boolean => cp >= 0x30 && cp <= 0x39;
const isWord = (cp: number): boolean => isDigit(cp) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f;
// One code point against a fixed, anchored class: no backtracking is possible.
const SPACE = /^\s$/u;
const isSpace = (cp: number): boolean => SPACE.test(String.fromCodePoint(cp));
const not = (t: CharTest): CharTest => (cp) => !t(cp);
const any: CharTest = (cp) => !LINE_TERMINATORS.has(cp);
const SYNTAX = '^$\\.*+?()[]{}|/-';

/** Parses `src` into a pattern tree, or throws PatternSyntaxError. */
export function parseContextPattern(src: string): PatternNode {
  return new Parser(src).parse();
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): PatternNode {
    const node = this.alternation();
    if (this.i < this.s.length) {
      throw this.fail(this.s[this.i] === ')' ? '多了一个右括号“)”' : '无法识别的字符', this.s[this.i] === ')' ? 'unmatched ")"' : 'unexpected character');
    }
    return node;
  }

  private fail(zh: string, en: string): PatternSyntaxError {
    return new PatternSyntaxError(`第 ${this.i + 1} 个字符处：${zh}`, en, this.i);
  }

  private peek(): number | undefined {
    return this.s.codePointAt(this.i);
  }

  private next(): number {
    const cp = this.s.codePointAt(this.i);
    if (cp === undefined) throw this.fail('模式意外结束', 'unexpected end of pattern');
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private eat(ch: string): boolean {
    if (this.s.startsWith(ch, this.i)) {
      this.i += ch.length;
      return true;
    }
    return false;
  }

  private alternation(): PatternNode {
    const options = [this.sequence()];
    while (this.eat('|')) options.push(this.sequence());
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      items.push(this.quantified());
    }
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  private quantified(): PatternNode {
    const at = this.i;
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    if (this.s[at] === '^' || this.s[at] === '$') {
      this.i = at;
      throw this.fail('锚点“^”“$”后不能加重复次数', 'nothing to repeat');
    }
    this.eat('?'); // lazy: the same set of matches, so the same answer for a yes/no test
    return { type: 'repeat', body: atom, ...q };
  }

  private quantifier(): { min: number; max: number | null } | null {
    if (this.eat('?')) return { min: 0, max: 1 };
    if (this.eat('*')) return { min: 0, max: null };
    if (this.eat('+')) return { min: 1, max: null };
    if (this.s[this.i] !== '{') return null;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
    if (!m) throw this.fail('“{”须写成 {n}、{n,} 或 {n,m}', 'incomplete quantifier');
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? null : Number(m[3]);
    if (min > MAX_REPEAT || (max !== null && max > MAX_REPEAT)) {
      throw this.fail(`重复次数不能超过 ${MAX_REPEAT}（上下文只看前后 16 个字）`, `repeat count over ${MAX_REPEAT}`);
    }
    if (max !== null && max < min) throw this.fail('重复次数的上限小于下限', 'numbers out of order in {} quantifier');
    this.i += m[0].length;
    return { min, max };
  }

  private atom(): PatternNode {
    const c = this.s[this.i];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return { type: 'char', test: this.charClass() };
      case '.':
        this.i++;
        return { type: 'char', test: any };
      case '^':
        this.i++;
        return { type: 'start' };
      case '$':
        this.i++;
        return { type: 'end' };
      case '\\': {
        const e = this.escape(false);
        return { type: 'char', test: typeof e === 'number' ? eq(e) : e };
      }
      case '*':
      case '+':
      case '?':
      case '{':
        throw this.fail('重复符号前没有可重复的内容', 'nothing to repeat');
      case ']':
      case '}':
        throw this.fail(`“${c}”须转义写作“\\${c}”`, `lone "${c}"`);
      default: {
        const cp = this.next();
        return { type: 'char', test: (x) => x === cp };
      }
    }
  }

  private group(): PatternNode {
    this.i++; // (
    if (this.s.startsWith('?', this.i)) {
      if (this.eat('?:')) {
        // non-capturing group
      } else if (/^\?<[A-Za-z_$][\w$]*>/.test(this.s.slice(this.i))) {
        this.i = this.s.indexOf('>', this.i) + 1; // a named group: the name does not matter here
      } else if (/^\?<?[=!]/.test(this.s.slice(this.i))) {
        throw this.fail('不支持前瞻、后顾断言（(?=…)、(?!…)、(?<=…)、(?<!…)）；请改用“前文不得为”“后文不得为”两栏', 'lookaround is not supported');
      } else {
        throw this.fail('无法识别的分组写法', 'invalid group');
      }
    }
    const inner = this.alternation();
    if (!this.eat(')')) throw this.fail('缺少右括号“)”', 'unterminated group');
    return inner;
  }

  /** `\…` outside or inside a class: the code point it stands for, or the set (`\d`, `\p{…}`). */
  private escape(inClass: boolean): number | CharTest {
    this.i++; // backslash
    const c = this.s[this.i];
    if (c === undefined) throw this.fail('模式以“\\”结尾', '\\ at end of pattern');
    this.i++;
    switch (c) {
      case 'd': return isDigit;
      case 'D': return not(isDigit);
      case 'w': return isWord;
      case 'W': return not(isWord);
      case 's': return isSpace;
      case 'S': return not(isSpace);
      case 't': return 0x09;
      case 'n': return 0x0a;
      case 'r': return 0x0d;
      case 'f': return 0x0c;
      case 'v': return 0x0b;
      case 'p':
      case 'P':
        return this.property(c === 'P');
      case 'u':
        return this.unicodeEscape();
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(this.s.slice(this.i));
        if (!m) throw this.fail('“\\x”后须是两位十六进制数', 'invalid \\x escape');
        this.i += 2;
        return parseInt(m[0], 16);
      }
      case '0':
        if (isDigit(this.s.charCodeAt(this.i))) break;
        return 0;
      case 'b':
        if (inClass) return 0x08;
        throw this.fail('不支持单词边界“\\b”（中文没有词间空格）', '\\b is not supported');
      case 'B':
        throw this.fail('不支持“\\B”', '\\B is not supported');
      case '-':
        if (inClass) return 0x2d;
        break;
      default:
        if (SYNTAX.includes(c)) return c.charCodeAt(0);
    }
    if (/[1-9]/.test(c)) throw this.fail('不支持反向引用（\\1 等）', 'back-references are not supported');
    this.i--;
    throw this.fail(`无效的转义“\\${c}”`, `invalid escape \\${c}`);
  }

  private unicodeEscape(): number {
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(this.s.slice(this.i));
    if (braced) {
      const cp = parseInt(braced[1]!, 16);
      if (cp > 0x10ffff) throw this.fail('码位超出 Unicode 范围', 'code point out of range');
      this.i += braced[0].length;
      return cp;
    }
    const m = /^[0-9a-fA-F]{4}/.exec(this.s.slice(this.i));
    if (!m) throw this.fail('“\\u”后须是四位十六进制数或 {码位}', 'invalid \\u escape');
    this.i += 4;
    const hi = parseInt(m[0], 16);
    // A surrogate pair written as two escapes is one code point, as in a u-mode RegExp.
    const low = /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.s.slice(this.i));
    if (hi >= 0xd800 && hi <= 0xdbff && low) {
      this.i += 6;
      return 0x10000 + ((hi - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00);
    }
    return hi;
  }

  private property(negated: boolean): CharTest {
    const m = /^\{([A-Za-z_]+(?:=[A-Za-z_]+)?)\}/.exec(this.s.slice(this.i));
    if (!m) throw this.fail('“\\p”后须是 {属性名}，如 \\p{Script=Han}', 'invalid property escape');
    let re: RegExp;
    try {
      // One anchored property class on one code point: the engine cannot backtrack on it.
      re = new RegExp(`^\\p{${m[1]}}$`, 'u');
    } catch {
      throw this.fail(`未知的 Unicode 属性“${m[1]}”`, `unknown Unicode property ${m[1]}`);
    }
    this.i += m[0].length;
    const test: CharTest = (cp) => re.test(String.fromCodePoint(cp));
    return negated ? not(test) : test;
  }

  private charClass(): CharTest {
    this.i++; // [
    const negated = this.eat('^');
    const parts: CharTest[] = [];
    const ranges: [number, number][] = [];
    while (!this.eat(']')) {
      if (this.i >= this.s.length) throw this.fail('缺少右方括号“]”', 'unterminated character class');
      const lo = this.classAtom();
      if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']' && this.i + 1 < this.s.length) {
        this.i++;
        const hi = this.classAtom();
        if (typeof lo !== 'number' || typeof hi !== 'number') throw this.fail('字符类范围的两端须是单个字符', 'invalid character class range');
        if (hi < lo) throw this.fail('字符类范围的顺序颠倒', 'range out of order in character class');
        ranges.push([lo, hi]);
      } else if (typeof lo === 'number') {
        ranges.push([lo, lo]);
      } else {
        parts.push(lo);
      }
    }
    const inRanges = (cp: number): boolean => ranges.some(([a, b]) => cp >= a && cp <= b);
    const test: CharTest = parts.length ? (cp) => inRanges(cp) || parts.some((t) => t(cp)) : inRanges;
    return negated ? not(test) : test;
  }

  /** One member of a class: a code point, or a set (`\d`, `\p{…}`). */
  private classAtom(): number | CharTest {
    return this.s[this.i] === '\\' ? this.escape(true) : this.next();
  }
}

const eq = (cp: number): CharTest => (x) => x === cp;
