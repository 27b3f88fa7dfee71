/**
 * The one time zone of the product: visits, statistics and dates are Danish local time, whatever
 * the zone of the server, the database session or the browser. SQL uses it as a bound parameter or
 * through `danishTimeZoneSql`; the web formats with it.
 */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

/** For SQL text that cannot take a parameter (views, triggers): the zone as a quoted literal. */
export const danishTimeZoneSql = `'${DANISH_TIME_ZONE}'`;

/** Today's date (YYYY-MM-DD) in Denmark. */
export function danishToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: DANISH_TIME_ZONE }).format(now);
}
