import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statsRoutes, type StatsFilterQuery } from '@digihjaelp/contract';
import {
  BranchesSection,
  CategoriesSection,
  GuidesSection,
  HeatMapSection,
  LevelMixSection,
  RecommendationSection,
  ReferralsSection,
  VisitsOverTimeSection,
} from './dashboard-sections';
import { pathTo } from '../../routes';
import { Goals } from './goals';
import { KeyFigures } from './key-figures';
import { StatsFilters } from './stats-filters';
import { useStatsQuery } from './stats-query';
import { useFilterOptions } from './use-filter-options';
import { useStats } from './use-stats';
import './statistics.css';

/** Filters, then every figure for them; goals at the end. */
export function StatisticsDashboard() {
  const { t } = useTranslation();
  const [query, setQuery] = useStatsQuery();
  const options = useFilterOptions();
  // The key figures carry the server's verdict on the filters (400 naming the field); the section
  // below shows the same read, so this costs no second request.
  const { error } = useStats(statsRoutes.keyFigures, query);
  const valid = error?.code !== 'validation';
  const sectionProps = { query, options };
  return (
    <>
      <StatsFilters
        key={JSON.stringify(query)}
        query={query}
        options={options}
        onApply={setQuery}
        fieldError={(field) => error?.fieldMessage(field)}
      />
      <p className="stats-links">
        <Link to={pathTo('monthlyReport')}>{t('statistics.report.link')}</Link>
      </p>
      <p className="stats-note">{t('statistics.smallNumbers')}</p>
      {valid && (
        <>
          <KeyFigures query={query} />
          <Figures {...sectionProps} />
        </>
      )}
      <Goals options={options} />
    </>
  );
}

function Figures(props: { query: StatsFilterQuery; options: ReturnType<typeof useFilterOptions> }) {
  return (
    <>
      <VisitsOverTimeSection {...props} />
      <LevelMixSection {...props} />
      <HeatMapSection {...props} />
      <CategoriesSection {...props} />
      <RecommendationSection {...props} />
      <ReferralsSection {...props} />
      <GuidesSection {...props} />
      <BranchesSection {...props} />
    </>
  );
}
