import { contextPatternProblem } from './context-pattern';

/**
 * Why a context condition typed by an editor cannot be used (Chinese / English), or null. The
 * checker compiles conditions with the same compiler (context-pattern.ts), so a pattern accepted
 * here is one it runs in linear time: a bad or unsafe one is refused when it is entered instead of
 * being ignored at check time.
 */
export function contextPatternError(src: string): string | null {
  const p = contextPatternProblem(src);
  return p ? `${p.zh} / ${p.en}` : null;
}
