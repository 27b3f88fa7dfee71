import { useTranslation } from 'react-i18next';
import { handoutUrl } from '../../routes';
import { useTranslationOverview } from './use-translations';
import './translations.css';

/**
 * "Udlevering: dansk · English · Українська · العربية": the guide's handout in every language with
 * a published translation, each in its own name; a stale one is marked and the Danish is always first.
 */
export function HandoutLanguages({
  slug,
  guideTitle,
  danishShown = false,
}: {
  slug: string;
  guideTitle: string;
  /** The Danish handout is linked right before (the counter's guide list): only the other languages follow. */
  danishShown?: boolean;
}) {
  const { t } = useTranslation();
  const overview = useTranslationOverview();
  const languages = overview.data?.languages ?? [];
  const published = languages.flatMap((language) => {
    const translation = overview.data?.translations.find(
      (candidate) =>
        candidate.slug === slug && candidate.language === language.code && candidate.status === 'published',
    );
    return translation ? [{ language, translation }] : [];
  });
  if (danishShown && published.length === 0) return null;
  return (
    <span className="handout-languages">
      {!danishShown && (
        <>
          <span className="handout-languages__label">{t('translations.handoutIn')}:</span>{' '}
          <a
            href={handoutUrl(slug)}
            aria-label={`${t('translations.handoutIn')}: ${guideTitle} – ${t('translations.danish')}`}
          >
            {t('translations.danish')}
          </a>
        </>
      )}
      {published.map(({ language, translation }) => (
        <span key={language.code}>
          {' · '}
          <a
            href={handoutUrl(slug, { language: language.code })}
            lang={language.code}
            dir={language.dir}
            aria-label={`${t('translations.handoutIn')}: ${guideTitle} – ${language.nativeName}${translation.stale ? ` (${t('translations.stale')})` : ''}`}
            className={translation.stale ? 'handout-languages__stale' : undefined}
            title={translation.stale ? t('translations.staleHint') : undefined}
          >
            {language.nativeName}
          </a>
          {translation.stale && (
            <span className="translation-badge translation-badge--stale">{t('translations.stale')}</span>
          )}
        </span>
      ))}
    </span>
  );
}
