import { useTranslation } from 'react-i18next';
import { Button } from '../ui/button';
import { languageNames, type Language } from '.';

/** With two languages one button suffices: it offers the other one, named in that language. */
export function LanguageSwitcher() {
  const { i18n } = useTranslation();
  const other: Language = i18n.resolvedLanguage === 'en' ? 'da' : 'en';
  return (
    <Button variant="secondary" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      {languageNames[other]}
    </Button>
  );
}
