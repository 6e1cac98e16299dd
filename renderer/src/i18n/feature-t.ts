import { useCallback } from 'react';
import { useLang } from './store';

export type Vars = Record<string, string | number>;

/** Fill `{name}` placeholders; an unknown name is left as written. */
export function fillPlaceholders(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A feature's own dictionary: zh-CN first, English with exactly the same keys. */
export interface FeatureMessages<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

export type FeatureT<K extends string> = (key: K, vars?: Vars) => string;

/**
 * The translate function for one feature's dictionary in the current UI language. Features keep
 * their strings beside their code; this is the one place that picks the language and fills vars.
 */
export function useFeatureT<K extends string>(messages: FeatureMessages<K>): FeatureT<K> {
  const lang = useLang((s) => s.lang);
  return useCallback<FeatureT<K>>((key, vars) => fillPlaceholders((lang === 'en' ? messages.en : messages.zh)[key], vars), [lang, messages]);
}
