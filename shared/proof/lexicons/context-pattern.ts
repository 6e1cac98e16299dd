import { PatternSyntaxError, parseContextPattern, type CharTest, type PatternNode } from './context-syntax';

/**
 * A 词库 context condition compiled to a Thompson automaton (see context-syntax.ts for the
 * language). Running it keeps the set of states alive at each code point, never backtracks, so a
 * test costs at most (code points + 1) × states steps whatever an editor typed: the checker on the
 * core's thread and in the editor's live check stays linear in the text.
 */

/** Most automaton states one pattern may compile to (bounded repeats are unrolled). */
export const MAX_STATES = 4000;

type State =
  | { kind: 'char'; test: CharTest; out: number }
  | { kind: 'split'; out: number; alt: number }
  | { kind: 'start'; out: number }
  | { kind: 'end'; out: number }
  | { kind: 'match' };

/** How the condition sits against the text it is tested on. */
export type Anchor =
  /** The text just before a match: the pattern must match a suffix (`(?:src)$`). */
  | 'suffix'
  /** The text just after a match: the pattern must match a prefix (`^(?:src)`). */
  | 'prefix';

export class ContextPattern {
  /** Automaton steps taken by every test so far (for the fuzzing's boundedness check). */
  steps = 0;

  private constructor(
    private readonly states: readonly State[],
    private readonly startState: number,
    readonly anchor: Anchor,
  ) {}

  /** Compiles `src`, or throws PatternSyntaxError with the reason. */
  static compile(src: string, anchor: Anchor): ContextPattern {
    const states: State[] = [{ kind: 'match' }];
    const start = build(parseContextPattern(src), 0, states);
    return new ContextPattern(states, start, anchor);
  }

  /** Number of automaton states (the per-code-point cost of a test). */
  get size(): number {
    return this.states.length;
  }

  /** Whether the condition holds on `text` (a suffix match or a prefix match, per the anchor). */
  test(text: string): boolean {
    const n = this.states.length;
    // Generation marks instead of clearing a set per step: each state is added at most once a step.
    const mark = new Int32Array(n).fill(-1);
    let current: number[] = [];
    let next: number[] = [];
    let gen = 0;
    const suffix = this.anchor === 'suffix';
    let matched = false;
    const add = (list: number[], s: number, pos: number): void => {
      // an explicit stack: an automaton of MAX_STATES split states must not overflow the call stack
      const stack = [s];
      while (stack.length) {
        const i = stack.pop()!;
        this.steps++;
        if (mark[i] === gen) continue;
        mark[i] = gen;
        const st = this.states[i]!;
        switch (st.kind) {
          case 'split':
            stack.push(st.alt, st.out);
            break;
          case 'start':
            if (pos === 0) stack.push(st.out);
            break;
          case 'end':
            if (pos === text.length) stack.push(st.out);
            break;
          case 'match':
            if (!suffix || pos === text.length) matched = true;
            list.push(i);
            break;
          default:
            list.push(i);
        }
      }
    };
    let pos = 0;
    add(current, this.startState, 0);
    while (pos < text.length) {
      if (matched && !suffix) return true;
      const cp = text.codePointAt(pos)!;
      const after = pos + (cp > 0xffff ? 2 : 1);
      gen++;
      next.length = 0;
      for (const i of current) {
        const st = this.states[i]!;
        this.steps++;
        if (st.kind === 'char' && st.test(cp)) add(next, st.out, after);
      }
      // A suffix may begin anywhere: the start state joins at every position.
      if (suffix) add(next, this.startState, after);
      [current, next] = [next, current];
      pos = after;
      if (!suffix && current.length === 0) return matched;
    }
    return matched;
  }
}

/**
 * Compiles `node` so that it continues to state `next`; returns its entry state. Built back to
 * front (continuation style), so no patch lists are needed.
 */
function build(node: PatternNode, next: number, states: State[]): number {
  const push = (s: State): number => {
    if (states.length >= MAX_STATES) {
      throw new PatternSyntaxError(`模式过于复杂（超过 ${MAX_STATES} 个状态），请减少嵌套的重复次数`, `pattern too complex (over ${MAX_STATES} states)`, 0);
    }
    states.push(s);
    return states.length - 1;
  };
  switch (node.type) {
    case 'char':
      return push({ kind: 'char', test: node.test, out: next });
    case 'start':
      return push({ kind: 'start', out: next });
    case 'end':
      return push({ kind: 'end', out: next });
    case 'seq': {
      let at = next;
      for (let k = node.items.length - 1; k >= 0; k--) at = build(node.items[k]!, at, states);
      return at;
    }
    case 'alt': {
      const entries = node.options.map((o) => build(o, next, states));
      let at = entries[entries.length - 1]!;
      for (let k = entries.length - 2; k >= 0; k--) at = push({ kind: 'split', out: entries[k]!, alt: at });
      return at;
    }
    case 'repeat': {
      let at = next;
      if (node.max === null) {
        // x* : a split that loops back through the body
        const loop = push({ kind: 'split', out: -1, alt: next });
        const body = build(node.body, loop, states);
        (states[loop] as { out: number }).out = body;
        at = loop;
      } else {
        // x{0,k} unrolled as (x(x(…)?)?)?
        for (let k = node.max - node.min; k > 0; k--) at = push({ kind: 'split', out: build(node.body, at, states), alt: next });
      }
      for (let k = 0; k < node.min; k++) at = build(node.body, at, states);
      return at;
    }
  }
}

/** Why `src` is not a usable context condition (Chinese, then English), or null when it is. */
export function contextPatternProblem(src: string): { zh: string; en: string } | null {
  try {
    ContextPattern.compile(src, 'suffix');
    return null;
  } catch (e) {
    if (e instanceof PatternSyntaxError) return { zh: e.zh, en: e.message };
    throw e;
  }
}
