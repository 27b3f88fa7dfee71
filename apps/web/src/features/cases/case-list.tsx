import { caseRoutes, caseOutcomes, helpLevels, may, type CaseListQuery } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { activeOptions } from '../../queries/reference-data';
import { useApiQuery } from '../../queries/use-api-query';
import { useLocale } from '../../i18n/use-locale';
import { pathTo } from '../../routes';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/loaded';
import { Loading } from '../../ui/loading';
import { Pagination } from '../../ui/pagination';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useSignedInUser } from '../auth/auth-context';
import { useCaseFormat } from './case-format';
import { useCaseReferenceData, type CaseReferenceData } from './case-reference-data';
import './cases.css';

const filterNames = ['from', 'to', 'branchKey', 'channelKey', 'categoryKey', 'levelGiven', 'outcome', 'q'] as const;
const pageSize = 25;

/** Leads' filters; they live in the address, so a filtered list can be bookmarked and gone back to. */
function CaseFilters({ reference }: { reference: CaseReferenceData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const any = { value: '', label: t('cases.filters.any') };
  const select = (name: (typeof filterNames)[number], label: string, options: { value: string; label: string }[]) => (
    <SelectField label={label} name={name} defaultValue={params.get(name) ?? ''} options={[any, ...options]} />
  );
  return (
    <form
      className="case-filters"
      aria-label={t('cases.filters.title')}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const next = new URLSearchParams();
        for (const name of filterNames) {
          const value = String(form.get(name) ?? '');
          if (value) next.set(name, value);
        }
        setParams(next);
      }}
    >
      <TextField
        label={t('cases.filters.q')}
        hint={t('cases.filters.qHint')}
        name="q"
        type="search"
        defaultValue={params.get('q') ?? ''}
      />
      <TextField label={t('cases.filters.from')} name="from" type="date" defaultValue={params.get('from') ?? ''} />
      <TextField label={t('cases.filters.to')} name="to" type="date" defaultValue={params.get('to') ?? ''} />
      {select('branchKey', t('cases.field.branchKey'), activeOptions(reference.branches, locale))}
      {select('channelKey', t('cases.field.channelKey'), activeOptions(reference.channels, locale))}
      {select('categoryKey', t('cases.field.category'), activeOptions(reference.categories, locale))}
      {select(
        'levelGiven',
        t('cases.field.levelGiven'),
        helpLevels.map((level) => ({ value: String(level), label: String(level) })),
      )}
      {select(
        'outcome',
        t('cases.field.outcome'),
        caseOutcomes.map((outcome) => ({ value: outcome, label: t(`cases.outcome.${outcome}`) })),
      )}
      <div className="case-filters__actions">
        <Button type="submit">{t('cases.filters.apply')}</Button>
        <Button variant="secondary" onClick={() => setParams(new URLSearchParams())}>
          {t('cases.filters.reset')}
        </Button>
      </div>
    </form>
  );
}

/** Counter staff see their own cases; leads see everyone's and can filter. Newest first. */
export function CaseList() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const managesAll = may(user, 'manageAllCases');
  const reference = useCaseReferenceData();
  const format = useCaseFormat(reference.data);
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1');
  const query = Object.fromEntries(
    filterNames.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])),
  ) as Partial<CaseListQuery>;
  const cases = useApiQuery(caseRoutes.list, { query: { ...query, page, pageSize } }, { keepPrevious: true });

  const goToPage = (next: number) => {
    const updated = new URLSearchParams(params);
    updated.set('page', String(next));
    setParams(updated);
  };

  return (
    <section aria-labelledby="case-list-title">
      <h2 id="case-list-title" className="visually-hidden">
        {t('cases.listTitle')}
      </h2>
      {managesAll && reference.data && <CaseFilters key={params.toString()} reference={reference.data} />}
      {cases.error && <LoadError error={cases.error} onRetry={cases.refetch} />}
      {cases.data ? (
        <>
          <p role="status">{t('cases.count', { total: format.number(cases.data.page.total) })}</p>
          {cases.data.data.length === 0 ? (
            <p>{t('cases.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table" aria-labelledby="case-list-title" aria-busy={cases.isFetching || undefined}>
                <thead>
                  <tr>
                    <th scope="col">{t('cases.column.when')}</th>
                    {managesAll && <th scope="col">{t('cases.column.staff')}</th>}
                    <th scope="col">{t('cases.field.branchKey')}</th>
                    <th scope="col">{t('cases.field.channelKey')}</th>
                    <th scope="col">{t('cases.field.categoryKeys')}</th>
                    <th scope="col">{t('cases.column.level')}</th>
                    <th scope="col">{t('cases.field.outcome')}</th>
                    <th scope="col">{t('cases.column.minutes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {cases.data.data.map((record) => (
                    <tr key={record.id}>
                      <th scope="row" className="case-when">
                        <Link to={pathTo('case', { id: record.id })}>{format.shortWhen(record.createdAt)}</Link>
                      </th>
                      {managesAll && <td>{record.staff.displayName}</td>}
                      <td>{format.value('branchKey', record.branchKey)}</td>
                      <td>{format.value('channelKey', record.channelKey)}</td>
                      <td>{format.value('categoryKeys', record.categoryKeys)}</td>
                      <td>{format.value('levelGiven', record.levelGiven)}</td>
                      <td>{format.value('outcome', record.outcome)}</td>
                      <td>{record.minutes}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination {...cases.data.page} onChange={goToPage} />
        </>
      ) : (
        cases.isFetching && <Loading />
      )}
    </section>
  );
}
