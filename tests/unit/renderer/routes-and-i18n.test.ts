import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../renderer/src/app/hash-route';
import { apiUrl } from '../../../renderer/src/api/connection';
import { en } from '../../../renderer/src/i18n/en';
import { translate } from '../../../renderer/src/i18n/translate';
import { zhCN } from '../../../renderer/src/i18n/zh-cn';
import { findMatches } from '../../../renderer/src/features/editor/find-matches';
import { blocksToDoc } from '../../../renderer/src/features/editor/doc-blocks';

describe('hash routes', () => {
  it('round-trips sections and the open story, and falls back to the library', () => {
    expect(parseHash(formatHash({ section: 'editor', storyId: 12 }))).toEqual({ section: 'editor', storyId: 12 });
    expect(parseHash('#/layout')).toEqual({ section: 'layout' });
    expect(parseHash('#/nowhere/3')).toEqual({ section: 'library' });
    expect(parseHash('#/editor/-1')).toEqual({ section: 'editor' });
    expect(parseHash('')).toEqual({ section: 'library' });
  });
});

describe('i18n', () => {
  it('has every key in both languages, with the same placeholders', () => {
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(en[key]), key).toEqual(vars(zhCN[key]));
    }
  });
  it('fills placeholders', () => {
    expect(translate('zh-CN', 'library.total', { n: 4 })).toBe('共 4 篇');
    expect(translate('en', 'library.total', { n: 4 })).toBe('4 stories');
  });
});

describe('api URL', () => {
  it('carries the page token to the WebSocket endpoint', () => {
    expect(apiUrl({ protocol: 'http:', host: '127.0.0.1:5199', search: '?token=ab%2Bc' })).toBe('ws://127.0.0.1:5199/api?token=ab%2Bc');
  });
  it('leaves the token to the cookie when the address has none (opened by code, or a newsroom server over TLS)', () => {
    expect(apiUrl({ protocol: 'http:', host: '127.0.0.1:5199', search: '' })).toBe('ws://127.0.0.1:5199/api');
    expect(apiUrl({ protocol: 'https:', host: 'banxin.lan:8443', search: '?x=1' })).toBe('wss://banxin.lan:8443/api');
  });
});

describe('find in body', () => {
  it('finds matches per block in document positions, astral characters included', () => {
    const doc = blocksToDoc([
      { type: 'paragraph', text: '𠮷永康永康' },
      { type: 'subheading', text: '永康' },
    ]);
    const matches = findMatches(doc, '永康');
    expect(matches).toHaveLength(3);
    for (const m of matches) expect(doc.textBetween(m.from, m.to)).toBe('永康');
    // No match across the block boundary.
    expect(findMatches(doc, '康永康永')).toEqual([]);
    expect(findMatches(doc, '')).toEqual([]);
  });
});
