import { guideRoutes, type GuideDetail, type GuideDiff } from '@digihjaelp/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { Loaded } from '../../ui/loaded';
import { FormError, Status } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';
import { DiffFields, useFieldName } from './diff-fields';
import './guides.css';

/** Every version of a guide; compare any two, and restore one as a new version. */
export function RevisionHistory({ guide }: { guide: GuideDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const revisions = useApiQuery(guideRoutes.revisions, { params: { slug: guide.slug } }, { select: dataOf });
  const [from, setFrom] = useState(Math.max(1, guide.version - 1));
  const [to, setTo] = useState(guide.version);
  const [diff, setDiff] = useState<GuideDiff>();
  const [status, setStatus] = useState<string>();
  const comparing = useSubmission();
  const restoring = useSubmission();
  const fieldName = useFieldName();

  const compare = async () => {
    setDiff((await request(guideRoutes.diff, { params: { slug: guide.slug }, query: { from, to } })).data);
  };
  const restore = (number: number) =>
    restoring.run(async () => {
      const { data } = await request(guideRoutes.restore, {
        params: { slug: guide.slug, number },
        body: { version: guide.version },
      });
      setStatus(t('guides.revisions.restored', { number, version: data.version }));
      setDiff(undefined);
    });

  return (
    <>
      <Status message={status} />
      <FormError error={restoring.error} />
      <Loaded load={revisions}>
        {(list) => (
          <form className="revisions" onSubmit={comparing.onSubmit(compare)}>
            <table className="table">
              <caption className="visually-hidden">{t('guides.history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('guides.revisions.from')}</th>
                  <th scope="col">{t('guides.revisions.to')}</th>
                  <th scope="col">{t('guides.history')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('staff.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((revision) => (
                  <tr key={revision.number}>
                    <td>
                      <VersionChoice end="from" number={revision.number} chosen={from} onChoose={setFrom} />
                    </td>
                    <td>
                      <VersionChoice end="to" number={revision.number} chosen={to} onChoose={setTo} />
                    </td>
                    <th scope="row" className="revisions__what">
                      <strong>{t('guides.revisions.version', { number: revision.number })}</strong> ·{' '}
                      {t(`guides.status.${revision.status}`)}
                      <br />
                      {t('guides.revisions.by', {
                        name: revision.author.displayName,
                        date: locale.dateTime(revision.createdAt),
                      })}
                      {revision.changeNote && <em className="revisions__note"> – {revision.changeNote}</em>}
                      <br />
                      <span className="guide__meta">
                        {t('guides.revisions.fields', { fields: revision.changedFields.map(fieldName).join(', ') })}
                      </span>
                    </th>
                    <td>
                      {revision.number !== guide.version && (
                        <Button
                          variant="secondary"
                          pending={restoring.pending}
                          onClick={() => void restore(revision.number)}
                        >
                          {t('guides.revisions.restore', { number: revision.number })}
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <FormError error={comparing.error} />
            <Button type="submit" pending={comparing.pending}>
              {t('guides.revisions.compare')}
            </Button>
          </form>
        )}
      </Loaded>
      {diff && <DiffView diff={diff} />}
    </>
  );
}

/** One end ("from" or "to") of the comparison, chosen per revision row. */
function VersionChoice({
  end,
  number,
  chosen,
  onChoose,
}: {
  end: 'from' | 'to';
  number: number;
  chosen: number;
  onChoose: (number: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <input
      type="radio"
      name={end}
      aria-label={`${t(`guides.revisions.${end}`)} ${t('guides.revisions.version', { number })}`}
      checked={chosen === number}
      onChange={() => onChoose(number)}
    />
  );
}

function DiffView({ diff }: { diff: GuideDiff }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="diff-title">
      <h2 id="diff-title" tabIndex={-1} ref={(heading) => heading?.focus()}>
        {t('guides.revisions.diffTitle', { from: diff.from, to: diff.to })}
      </h2>
      <DiffFields fields={diff.fields} />
    </section>
  );
}
