import { useEffect, useState } from 'react';

/** Whole minutes since the visit began, at least 1, updated while the form is open. */
export function useVisitMinutes(startedAt: Date): number {
  const minutesSince = () => Math.max(1, Math.ceil((Date.now() - startedAt.getTime()) / 60_000));
  const [minutes, setMinutes] = useState(minutesSince);
  useEffect(() => {
    setMinutes(minutesSince());
    const timer = setInterval(() => setMinutes(minutesSince()), 15_000);
    return () => clearInterval(timer);
  }, [startedAt.getTime()]);
  return minutes;
}
