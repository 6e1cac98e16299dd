/**
 * The repositories' SQL is written once, in the part of SQL both engines share. Two things differ
 * in spelling only and are rewritten here for PostgreSQL, outside string literals and quoted names:
 * - `?` placeholders become `$1, $2, …`;
 * - camelCase column aliases (`AS userId`) are quoted, since PostgreSQL folds unquoted names to
 *   lower case and the rows' keys must come back as the repositories named them.
 */
export function toPostgres(sql: string): string {
  let out = '';
  let n = 0;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      const end = closingQuote(sql, i);
      out += sql.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      continue;
    }
    if (ch === '?') {
      out += `$${++n}`;
      i++;
      continue;
    }
    const alias = /^AS\s+([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)\b/.exec(sql.slice(i, i + 80));
    if (alias && /[\s,(]/.test(sql[i - 1] ?? ' ')) {
      out += `AS "${alias[1]}"`;
      i += alias[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Index just past the literal or quoted name opening at `start` (a doubled quote is an escaped one). */
function closingQuote(sql: string, start: number): number {
  const q = sql[start]!;
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === q) {
      if (sql[i + 1] === q) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}
