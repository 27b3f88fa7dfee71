import { createContext } from 'react';

/**
 * Where figures are shown: on the dashboard a chart's table sits behind a disclosure; in the
 * printed report every table is open, since paper cannot be clicked.
 */
export const StatsLayoutContext = createContext<'dashboard' | 'report'>('dashboard');
