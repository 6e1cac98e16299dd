import { create } from 'zustand';

export type Lang = 'zh-CN' | 'en';

const KEY = 'banxin.lang';

function initialLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

/** The UI language; zh-CN unless the user switched (remembered per browser profile). */
export const useLang = create<LangState>((set) => ({
  lang: initialLang(),
  setLang(lang) {
    try {
      globalThis.localStorage?.setItem(KEY, lang);
    } catch {
      // Storage may be unavailable (private mode); the switch still works for this session.
    }
    set({ lang });
  },
}));
