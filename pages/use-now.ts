import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed every `everyMs` while the page is open. Display only: nothing the
 * extension must remember depends on this timer.
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
