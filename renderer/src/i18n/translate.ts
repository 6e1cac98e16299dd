import { en } from './en';
import type { Lang } from './store';
import { zhCN, type MessageKey } from './zh-cn';

/** Look up `key` in the language's dictionary and fill `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const template: string = lang === 'en' ? en[key] : zhCN[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
