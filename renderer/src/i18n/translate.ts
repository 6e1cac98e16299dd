import { en } from './en';
import { fillPlaceholders } from './feature-t';
import type { Lang } from './store';
import { zhCN, type MessageKey } from './zh-cn';

/** Look up `key` in the language's dictionary and fill `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  return fillPlaceholders(lang === 'en' ? en[key] : zhCN[key], vars);
}
