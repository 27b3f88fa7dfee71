import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { daStart } from './da-start';
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

/**
 * The English texts load when English is chosen: a first visit, in Danish, no longer downloads
 * every feature's texts twice. i18next switches once they are there.
 */
const englishOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (language !== 'en') return callback(null, {});
    import('./en').then(
      ({ en }) => callback(null, en),
      (error: Error) => callback(error, false),
    );
  },
};

void i18n
  .use(englishOnDemand)
  .use(initReactI18next)
  .init({
    // The pages add theirs (page-texts.ts).
    resources: { da: { translation: daStart } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: 'da',
    supportedLngs: languages,
    initAsync: false,
    // React escapes output itself.
    interpolation: { escapeValue: false },
    // No advertisement in the console of a counter PC.
    showSupportNotice: false,
  });
