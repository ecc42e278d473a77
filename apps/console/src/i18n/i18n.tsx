import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { zh, type Messages } from './zh';

export type Language = 'zh' | 'en';
const MESSAGES: Record<Language, Messages> = { zh, en };
const STORAGE_KEY = 'chainmatch.language';

interface I18n {
  language: Language;
  t: Messages;
  setLanguage(language: Language): void;
  /** A name in the reader's language: the English one when reading English and there is one. */
  name(item: { nameZh: string; nameEn?: string | null }): string;
}

const I18nContext = createContext<I18n | null>(null);

export function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

/** Chinese unless the reader chose English (remembered in this browser). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = MESSAGES[language].appName;
  }, [language]);
  const value = useMemo<I18n>(() => ({
    language,
    t: MESSAGES[language],
    setLanguage,
    name: (item) => (language === 'en' && item.nameEn ? item.nameEn : item.nameZh),
  }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** Fills `{name}` placeholders: format('共 {n} 条', { n: 3 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
