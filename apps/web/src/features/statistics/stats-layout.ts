import { createContext } from 'react';

/**
 * Where figures are shown: on the dashboard a chart's table sits behind a disclosure; the printed
 * report's pages show a chart with its summary (paper cannot be clicked, and the table would not
 * fit), or the table when there is no chart; its appendix holds the tables alone.
 */
export const StatsLayoutContext = createContext<'dashboard' | 'report' | 'appendix'>('dashboard');
