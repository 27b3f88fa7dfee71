import { MonthlyReport } from '../features/statistics/monthly-report';

export function MonthlyReportPage() {
  return <MonthlyReport />;
}
