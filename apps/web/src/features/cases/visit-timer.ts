import { useEffect, useState } from 'react';

const minutesSince = (startedMs: number) => Math.max(1, Math.ceil((Date.now() - startedMs) / 60_000));

/** Whole minutes since the visit began, at least 1, updated while the form is open. */
export function useVisitMinutes(startedAt: Date): number {
  // The time, not the Date object: a new Date for the same moment must not restart the timer.
  const startedMs = startedAt.getTime();
  const [minutes, setMinutes] = useState(() => minutesSince(startedMs));
  useEffect(() => {
    setMinutes(minutesSince(startedMs));
    const timer = setInterval(() => setMinutes(minutesSince(startedMs)), 15_000);
    return () => clearInterval(timer);
  }, [startedMs]);
  return minutes;
}
