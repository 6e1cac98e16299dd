/**
 * Context conditions are regex sources typed by editors. The matcher compiles them exactly like
 * this (anchored, Unicode mode), so a pattern accepted here is one the checker can use: a bad
 * pattern is refused when it is entered instead of being ignored silently at check time.
 */
export function contextPatternError(src: string): string | null {
  try {
    new RegExp(`(?:${src})$`, 'u');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
