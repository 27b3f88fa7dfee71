import { useTranslation } from 'react-i18next';
import { localeFor, type Locale } from './locale';

/** The reader's locale: follows the language switcher, so screens re-render in the new language. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeFor(i18n.language);
}
