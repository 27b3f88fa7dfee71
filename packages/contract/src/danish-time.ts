/**
 * The one time zone of the product: visits, statistics and dates are Danish local time, whatever
 * the zone of the server, the database session or the browser. SQL uses it as a bound parameter or
 * through `danishTimeZoneSql`; the web formats with it.
 */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

/** For SQL text that cannot take a parameter (views, triggers): the zone as a quoted literal. */
export const danishTimeZoneSql = `'${DANISH_TIME_ZONE}'`;

/** Made once, on first use: a formatter for a time zone is costly to make (a render asks for today several times). */
let dayFormat: Intl.DateTimeFormat | undefined;

/** Today's date (YYYY-MM-DD) in Denmark. */
export function danishToday(now = new Date()): string {
  dayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: DANISH_TIME_ZONE });
  return dayFormat.format(now);
}

/** Formats an instant as e.g. "3/29/2026, GMT+02:00": the zone's offset from UTC at that instant. */
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: DANISH_TIME_ZONE, timeZoneName: 'longOffset' });

/** How far Danish local time is ahead of UTC at an instant, in milliseconds (one hour in winter, two in summer). */
function danishOffset(instant: number): number {
  const offset = /GMT([+-])(\d\d):(\d\d)$/.exec(offsetFormat.format(instant));
  if (!offset) return 0; // "GMT": no offset
  const [, sign, hours, minutes] = offset;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

/**
 * The instant a Danish wall-clock time names, by the time-zone rules the runtime knows (Intl),
 * e.g. 10:15 on 2026-07-01 is 08:15 UTC and 10:15 on 2026-12-01 is 09:15 UTC. A time in the hour
 * skipped in spring counts in summer time (02:30 becomes 03:30); one in the hour that repeats in
 * autumn is the second, winter-time one.
 */
export function danishWallClockToDate(day: string, hour: number, minute = 0): Date {
  const asIfUtc = Date.parse(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  if (Number.isNaN(asIfUtc)) throw new RangeError(`Not a day and time: ${day} ${hour}:${minute}`);
  const guess = asIfUtc - danishOffset(asIfUtc);
  return new Date(asIfUtc - danishOffset(guess));
}
