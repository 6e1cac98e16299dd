import { useCallback } from 'react';
import { useLang } from './store';
import { translate } from './translate';
import type { MessageKey } from './zh-cn';

export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The translation function of the current UI language; components re-render when it changes. */
export function useT(): T {
  const lang = useLang((s) => s.lang);
  return useCallback<T>((key, vars) => translate(lang, key, vars), [lang]);
}
