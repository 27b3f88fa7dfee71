import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  addDays,
  addMonths,
  danishToday,
  reportRoutes,
  startOfMonth,
  type StatsFilterQuery,
} from '@digihjaelp/contract';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { Button } from '../../ui/button';
import { Loaded } from '../../ui/loaded';
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
import { ReportComment, ReportFigures, ReportRecommendation } from './report-parts';
import { StatsLayoutContext } from './stats-layout';
import { useFilterOptions } from './use-filter-options';
import './statistics.css';

const lastMonth = () => addMonths(startOfMonth(danishToday()), -1).slice(0, 7);

/**
 * A month's report for the head of department, two A4 pages: whose it is, the five figures
 * against the month before and the year before, the lead's comment and recommended vs given
 * level; then the year's goals up to the month's end and the trends. The tables follow as an
 * appendix on a page of their own.
 */
export function MonthlyReport() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(params.get('month') ?? '')
    ? (params.get('month') as string)
    : lastMonth();
  const from = `${month}-01`;
  const to = addDays(addMonths(from, 1), -1);
  const monthName = format.month(from);
  const query: StatsFilterQuery = { period: 'custom', from, to };
  const trend: StatsFilterQuery = { period: 'custom', from: addMonths(from, -11), to };
  const options = useFilterOptions();
  const report = useApiQuery(reportRoutes.get, { params: { month } }, { select: dataOf });
  return (
    <div className="monthly-report">
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
      <StatsLayoutContext value="report">
        <div className="report-page">
          <p className="report-organisation">{report.data?.organisationName}</p>
          <PageHeader title={t('statistics.report.title', { month: monthName })}>
            {t('statistics.report.intro')}
          </PageHeader>
          <ReportFigures query={query} month={monthName} />
          <Loaded load={report}>{(data) => <ReportComment key={data.month} report={data} />}</Loaded>
          <ReportRecommendation query={query} />
        </div>
        <div className="report-page">
          <Goals options={options} readOnly year={Number(month.slice(0, 4))} to={to} />
          <LevelMixSection query={trend} options={options} />
          <VisitsOverTimeSection query={query} options={options} />
          <p className="stats-note">{t('statistics.smallNumbers')}</p>
          <p className="report-footer">{t('statistics.report.generated', { date: format.day(danishToday()) })}</p>
        </div>
      </StatsLayoutContext>
      <StatsLayoutContext value="appendix">
        <section className="report-appendix" aria-labelledby="report-appendix-title">
          <h2 id="report-appendix-title">{t('statistics.report.appendixTitle', { month: monthName })}</h2>
          <div className="report-appendix__tables">
            <LevelMixSection query={trend} options={options} />
            <CategoriesSection query={query} options={options} />
            <ReferralsSection query={query} options={options} />
            <BranchesSection query={query} options={options} />
          </div>
        </section>
      </StatsLayoutContext>
    </div>
  );
}
