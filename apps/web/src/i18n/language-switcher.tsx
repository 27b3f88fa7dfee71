import { useTranslation } from 'react-i18next';
import { Button } from '../ui/button';
import { languageNames, languages } from './locale';
import { useLocale } from './use-locale';

/** With two languages one button suffices: it offers the other one, named in that language. */
export function LanguageSwitcher() {
  const { i18n } = useTranslation();
  const { language } = useLocale();
  const other = languages.find((candidate) => candidate !== language) ?? language;
  return (
    <Button variant="secondary" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      {languageNames[other]}
    </Button>
  );
}
