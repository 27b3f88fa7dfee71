import { useTranslation } from 'react-i18next';

/** Where Digitaliseringsstyrelsen explains its complaint route and gives its e-mail address. */
const complaintPage = 'https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/';

const worksItems = ['keyboard', 'skipLink', 'labels', 'charts', 'language'] as const;
const gapItems = ['timeout', 'images', 'screenReaders', 'flowEditor'] as const;

/** The statement's sections, in the order of the EU model statement. */
export function AccessibilityStatement() {
  const { t } = useTranslation();
  return (
    <div className="accessibility-statement">
      <section aria-labelledby="a11y-scope">
        <h2 id="a11y-scope">{t('accessibility.scope.title')}</h2>
        <p>{t('accessibility.scope.body')}</p>
      </section>
      <section aria-labelledby="a11y-status">
        <h2 id="a11y-status">{t('accessibility.status.title')}</h2>
        <p>{t('accessibility.status.body')}</p>
      </section>
      <section aria-labelledby="a11y-gaps">
        <h2 id="a11y-gaps">{t('accessibility.gaps.title')}</h2>
        <ul>
          {gapItems.map((item) => (
            <li key={item}>{t(`accessibility.gaps.${item}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="a11y-works">
        <h2 id="a11y-works">{t('accessibility.works.title')}</h2>
        <ul>
          {worksItems.map((item) => (
            <li key={item}>{t(`accessibility.works.${item}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="a11y-evaluation">
        <h2 id="a11y-evaluation">{t('accessibility.evaluation.title')}</h2>
        <p>{t('accessibility.evaluation.body')}</p>
        <p>{t('accessibility.evaluation.updated')}</p>
      </section>
      <section aria-labelledby="a11y-feedback">
        <h2 id="a11y-feedback">{t('accessibility.feedback.title')}</h2>
        <p>{t('accessibility.feedback.body')}</p>
        <p>{t('accessibility.feedback.noPersonalData')}</p>
      </section>
      <section aria-labelledby="a11y-complaint">
        <h2 id="a11y-complaint">{t('accessibility.complaint.title')}</h2>
        <p>{t('accessibility.complaint.body')}</p>
        <p>{t('accessibility.complaint.phone')}</p>
        <p>
          <a href={complaintPage} rel="noopener noreferrer">
            {t('accessibility.complaint.link')}
          </a>
        </p>
      </section>
    </div>
  );
}
