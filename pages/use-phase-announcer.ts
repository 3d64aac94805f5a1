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
  const finished = view?.status === 'finished';
  const phase = view ? `${view.phaseNumber}/${finished}` : null;
  // The sentence as it would be read now; it is announced only when the phase changes, so the
  // seconds in it are those at the phase's start.
  const text = !view
    ? null
    : `${view.title}. ${view.secondsLeft !== null ? `${view.secondsLeft} seconds.` : view.detail}`;
  const { on: soundOn, volume } = sound;
  useEffect(() => {
    // Runs whenever the text or sound changes (every second of a countdown); `last` makes it
    // act once per phase.
    const previous = last.current;
    last.current = phase;
    if (phase === null || text === null || previous === phase) return;
    setAnnouncement(text);
    // The first phase starts on a click the user just made; chime only on changes after that.
    if (previous !== null && soundOn) playChime(finished ? 'finish' : 'switch', volume);
  }, [phase, text, finished, soundOn, volume]);
  return announcement;
}
