import { useTranslation } from 'react-i18next';
import { trainingRoutes, type TrainingProgress } from '@digihjaelp/contract';
import { legalNotes } from '@digihjaelp/triage';
import { useCategories } from '../../queries/reference-data';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { useLocale } from '../../i18n/use-locale';
import { Loaded } from '../../ui/loaded';

/** The trainee's own practice, read from the attempts the server keeps: the same after a reload or on another day. */
export function useTrainingProgress() {
  return useApiQuery(trainingRoutes.progress, {}, { select: dataOf });
}

const rateOf = (locale: ReturnType<typeof useLocale>, rate: number | null) =>
  rate === null ? '–' : locale.percent(rate);

/** "Din fremgang": attempts, agreement, legal notes missed, the weakest categories and the months. */
export function TrainingProgressPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const categories = useCategories().data ?? [];
  const progress = useTrainingProgress();
  return (
    <section className="panel training-progress" aria-labelledby="training-progress-title">
      <h2 id="training-progress-title">{t('training.progress.title')}</h2>
      <Loaded load={progress}>
        {(data: TrainingProgress) =>
          data.attempts === 0 ? (
            <p>{t('training.progress.none')}</p>
          ) : (
            <>
              <dl className="training-progress__figures">
                <div>
                  <dt>{t('training.attempts')}</dt>
                  <dd>{locale.number(data.attempts)}</dd>
                </div>
                <div>
                  <dt>{t('training.rate')}</dt>
                  <dd>{rateOf(locale, data.rate)}</dd>
                </div>
                <div>
                  <dt>{t('training.progress.notesMissed')}</dt>
                  <dd>{locale.number(data.legalNotesMissed)}</dd>
                </div>
              </dl>
              {data.weakestCategories.length > 0 && (
                <>
                  <h3>{t('training.progress.weakest')}</h3>
                  <ul>
                    {data.weakestCategories.map((category) => (
                      <li key={category.categoryKey}>
                        {t('training.progress.category', {
                          category: locale.nameOf(categories, category.categoryKey),
                          rate: rateOf(locale, category.rate),
                          attempts: category.attempts,
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {data.missedNotes.length > 0 && (
                <>
                  <h3>{t('training.progress.missedNotes')}</h3>
                  <ul>
                    {data.missedNotes.map((note) => (
                      <li key={note.key}>
                        {t('training.progress.note', { note: legalNotes[note.key].title, count: note.times })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <AgreementByMonth caption={t('training.progress.byMonth')} months={data.months} />
            </>
          )
        }
      </Loaded>
    </section>
  );
}

function AgreementByMonth({
  caption,
  months,
  trainees,
}: {
  caption: string;
  months: {
    month: string;
    attempts: number;
    agreed: number;
    rate: number | null;
    trainees?: number;
    legalNotesMissed?: number;
  }[];
  /** Team view: how many practised, and the notes they missed. */
  trainees?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroll">
      <table className="table table--numbers">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.progress.month')}</th>
            {trainees && <th scope="col">{t('training.progress.trainees')}</th>}
            <th scope="col">{t('training.attempts')}</th>
            <th scope="col">{t('training.agreedCount')}</th>
            <th scope="col">{t('training.rate')}</th>
            {trainees && <th scope="col">{t('training.progress.notesMissed')}</th>}
          </tr>
        </thead>
        <tbody>
          {months.map((row) => (
            <tr key={row.month}>
              <th scope="row">{locale.month(row.month)}</th>
              {trainees && <td>{row.trainees}</td>}
              <td>{row.attempts}</td>
              <td>{row.agreed}</td>
              <td>{rateOf(locale, row.rate)}</td>
              {trainees && <td>{row.legalNotesMissed}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** For leads: the whole team's practice month by month. */
export function TeamTrainingTable() {
  const { t } = useTranslation();
  const team = useApiQuery(trainingRoutes.team, {}, { select: dataOf });
  return (
    <section aria-labelledby="training-team-title">
      <h2 id="training-team-title">{t('training.progress.teamTitle')}</h2>
      <Loaded load={team}>
        {(months) =>
          months.length === 0 ? (
            <p>{t('training.noAttempts')}</p>
          ) : (
            <AgreementByMonth caption={t('training.progress.teamTitle')} months={months} trainees />
          )
        }
      </Loaded>
    </section>
  );
}
