import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionView } from '../core/guided-session/session-view';
import { playChime } from './chime';

/**
 * Watches the session's phase: on each change it returns a sentence for the live region and
 * plays the chime (not every second, only when the phase changes).
 */
export function usePhaseAnnouncer(
  view: SessionView | null,
  sound: { on: boolean; volume: number },
) {
  const [announcement, setAnnouncement] = useState('');
  const last = useRef<string | null>(null);
  const key = view ? `${view.phaseNumber}/${view.status === 'finished'}` : null;
  useEffect(() => {
    const previous = last.current;
    last.current = key;
    if (!view || key === null || previous === key) return;
    const text =
      view.status === 'finished'
        ? 'Done. Your break is counted.'
        : `${view.title}. ${view.secondsLeft !== null ? `${view.secondsLeft} seconds.` : view.detail}`;
    setAnnouncement(text);
    // The first phase starts on a click the user just made; chime only on changes after that.
    if (previous !== null && sound.on)
      playChime(view.status === 'finished' ? 'finish' : 'switch', sound.volume);
  }, [key]);
  return announcement;
}
