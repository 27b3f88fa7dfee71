import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da } from './da';
import { en } from './en';
import { isLanguage, languages, type Language } from './locale';

const storageKey = 'digihjaelp.language';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : 'da';
  } catch {
    // Storage can be blocked by browser settings; Danish is the default anyway.
    return 'da';
  }
}

function rememberLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Without storage the choice simply lasts until the page is reloaded.
  }
}

i18n.on('languageChanged', rememberLanguage);

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'da',
  supportedLngs: languages,
  initAsync: false,
  // React escapes output itself.
  interpolation: { escapeValue: false },
});
