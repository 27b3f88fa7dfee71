import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { addDays, addMonths, danishToday, startOfMonth, type StatsFilterQuery } from '@digihjaelp/contract';
import { Button } from '../../ui/button';
import { PageHeader } from '../../ui/page-header';
import { TextField } from '../../ui/text-field';
import { pathTo } from '../../routes';
import {
  BranchesSection,
  CategoriesSection,
  LevelMixSection,
  ReferralsSection,
  VisitsOverTimeSection,
} from './dashboard-sections';
import { useFormat } from './format';
import { Goals } from './goals';
import { KeyFigures } from './key-figures';
import { StatsLayoutContext } from './stats-layout';
import { useFilterOptions } from './use-filter-options';
import './statistics.css';

const lastMonth = () => addMonths(startOfMonth(danishToday()), -1).slice(0, 7);

/**
 * A printable report of one month for the municipality: key figures against the month before,
 * visits by day, the help-level trend over the year up to it, categories, referrals, branches
 * and the year's goals.
 */
export function MonthlyReport() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? (params.get('month') as string) : lastMonth();
  const from = `${month}-01`;
  const to = addDays(addMonths(from, 1), -1);
  const query: StatsFilterQuery = { period: 'custom', from, to };
  const trend: StatsFilterQuery = { period: 'custom', from: addMonths(from, -11), to };
  const options = useFilterOptions();
  return (
    <StatsLayoutContext value="report">
      <div className="monthly-report">
        <PageHeader title={t('statistics.report.title', { month: format.month(from) })}>
          {t('statistics.report.intro')}
        </PageHeader>
        <form
          className="report-controls"
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = new FormData(event.currentTarget).get('month');
            if (typeof chosen === 'string' && chosen) setParams({ month: chosen });
          }}
        >
          <TextField type="month" name="month" label={t('statistics.report.month')} defaultValue={month} key={month} />
          <Button type="submit" variant="secondary">
            {t('statistics.report.show')}
          </Button>
          <Button onClick={() => window.print()}>{t('statistics.print')}</Button>
          <Link to={pathTo('statistics')}>{t('statistics.report.back')}</Link>
        </form>
        <KeyFigures query={query} />
        <VisitsOverTimeSection query={query} options={options} />
        <LevelMixSection query={trend} options={options} />
        <CategoriesSection query={query} options={options} />
        <ReferralsSection query={query} options={options} />
        <BranchesSection query={query} options={options} />
        <Goals options={options} readOnly year={Number(month.slice(0, 4))} />
        <p className="stats-note">{t('statistics.smallNumbers')}</p>
        <p className="report-footer">{t('statistics.report.generated', { date: format.day(danishToday()) })}</p>
      </div>
    </StatsLayoutContext>
  );
}
