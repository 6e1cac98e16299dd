import { describe, expect, it } from 'vitest';
import { toPostgres } from '../../../electron/store/engine/pg-dialect';

describe('the repositories’ SQL spelled for PostgreSQL', () => {
  it('numbers the placeholders in order', () => {
    expect(toPostgres('SELECT * FROM t WHERE a = ? AND b IN (?, ?) LIMIT ? OFFSET ?')).toBe('SELECT * FROM t WHERE a = $1 AND b IN ($2, $3) LIMIT $4 OFFSET $5');
  });

  it('leaves question marks inside string literals and quoted names alone, doubled quotes included', () => {
    expect(toPostgres("SELECT '你好？?' AS q, 'it''s ?' AS r, \"odd?name\" FROM t WHERE x = ?")).toBe("SELECT '你好？?' AS q, 'it''s ?' AS r, \"odd?name\" FROM t WHERE x = $1");
  });

  it('drops line comments, whose question marks are not parameters', () => {
    expect(toPostgres('SELECT a -- why? because\nFROM t WHERE b = ?')).toBe('SELECT a \nFROM t WHERE b = $1');
  });

  it('quotes camelCase aliases so rows keep the repositories’ key names; lower-case aliases stay as written', () => {
    expect(toPostgres('SELECT user_id AS userId, display_name AS displayName, count(*) AS n FROM t')).toBe('SELECT user_id AS "userId", display_name AS "displayName", count(*) AS n FROM t');
    expect(toPostgres('SELECT x AS "alreadyQuoted", y AS lastSeenAt\nFROM t')).toBe('SELECT x AS "alreadyQuoted", y AS "lastSeenAt"\nFROM t');
  });

  it('does not touch words that merely contain AS', () => {
    expect(toPostgres('SELECT BASE AS base, hasAlpha FROM t')).toBe('SELECT BASE AS base, hasAlpha FROM t');
  });
});
