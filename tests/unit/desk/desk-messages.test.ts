import { describe, expect, it } from 'vitest';
import { deskMessages } from '../../../renderer/src/desk/messages';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('desk chooser messages', () => {
  it('has every key in zh-CN and English, with the same placeholders, none empty', () => {
    expect(Object.keys(deskMessages.en).sort()).toEqual(Object.keys(deskMessages.zh).sort());
    for (const [key, zh] of Object.entries(deskMessages.zh)) {
      const en = deskMessages.en[key as keyof typeof deskMessages.en];
      expect(placeholders(en), key).toEqual(placeholders(zh));
      expect(zh.trim().length, key).toBeGreaterThan(0);
      expect(en.trim().length, key).toBeGreaterThan(0);
    }
  });
});
