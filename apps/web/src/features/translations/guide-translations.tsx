import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { translationRoutes, type GuideDetail } from '@digihjaelp/contract';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { pathTo } from '../../routes';
import { HandoutLanguages } from './handout-languages';
import { useTranslationOverview } from './use-translations';
import './translations.css';

/** The guide page's languages: the handout in each, and each translation's state with a link to its editor. */
export function GuideTranslations({ guide }: { guide: GuideDetail }) {
  const { t } = useTranslation();
  const overview = useTranslationOverview();
  const own = useApiQuery(translationRoutes.list, { params: { slug: guide.slug } }, { select: dataOf });
  const languages = overview.data?.languages ?? [];
  const translations = own.data?.translations ?? [];
  return (
    <section className="panel" aria-labelledby="guide-translations-title">
      <h2 id="guide-translations-title">{t('translations.title')}</h2>
      <p>
        <HandoutLanguages slug={guide.slug} guideTitle={guide.title} />
      </p>
      <ul className="translation-list">
        {languages.map((language) => {
          const translation = translations.find((candidate) => candidate.language === language.code);
          return (
            <li key={language.code}>
              <Link to={pathTo('guideTranslation', { slug: guide.slug, language: language.code })}>
                <span lang={language.code}>{language.nativeName}</span> ({language.nameDa})
              </Link>
              {': '}
              {translation ? (
                <>
                  {t(`translations.${translation.status}`)}
                  {translation.stale && (
                    <span className="translation-badge translation-badge--stale" title={t('translations.staleHint')}>
                      {t('translations.stale')}
                    </span>
                  )}
                  {translation.needsNativeCheck && (
                    <span className="translation-badge translation-badge--check">
                      {t('translations.needsNativeCheck')}
                    </span>
                  )}
                </>
              ) : (
                t('translations.write')
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
