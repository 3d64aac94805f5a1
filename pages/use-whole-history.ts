import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../core/history/history';
import { readRecentHistory, readWholeHistory, watchHistory } from '../platform/history-store';

/** The history as far as it is read: `complete` once it is the whole of it. */
export interface LoadedHistory {
  entries: HistoryEntry[];
  complete: boolean;
}

// The last 45 days hold everything the page shows but the streak: they are read first (a few
// milliseconds), so the page draws at once; the whole history (five years take about 0.1 to
// 0.3 s to read) follows.
const FIRST_DAYS = 45;

/** The history, recent days first and then all of it, read again whenever the background changes it. */
export function useWholeHistory(): LoadedHistory | null {
  const [history, setHistory] = useState<LoadedHistory | null>(null);
  useEffect(() => {
    let live = true;
    const readAll = () =>
      readWholeHistory().then((entries) => {
        if (live) setHistory({ entries, complete: true });
      });
    const unwatch = watchHistory(() => void readAll());
    void readRecentHistory(Date.now(), FIRST_DAYS).then((entries) => {
      if (live) setHistory((old) => old ?? { entries, complete: false });
      // After the next frame is painted: the whole history's parsing must not hold up the first.
      requestAnimationFrame(() => setTimeout(readAll, 0));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return history;
}
