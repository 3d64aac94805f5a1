import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../core/history/history';
import { readWholeHistory, watchHistory } from '../platform/history-store';

/** The whole history, oldest first, read again whenever the background changes it (null at first). */
export function useWholeHistory(): HistoryEntry[] | null {
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      readWholeHistory().then((entries) => {
        if (live) setHistory(entries);
      });
    const unwatch = watchHistory(() => void read());
    void read();
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return history;
}
