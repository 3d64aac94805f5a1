import { useEffect, useRef } from 'preact/hooks';

interface Shortcuts {
  space: () => unknown;
  next: () => unknown;
  enter: () => unknown;
}

// Keys typed into a control belong to that control: Space on a button presses that button, so
// Space and Enter act as shortcuts only away from controls; N only stays out of text fields.
const INTERACTIVE = 'button, a, input, select, textarea, summary, [contenteditable="true"]';
const TYPING = 'input, select, textarea, [contenteditable="true"]';

/** Space starts or pauses, N picks another stretch, Enter finishes. */
export function useShortcuts(shortcuts: Shortcuts) {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action =
        event.key === ' '
          ? 'space'
          : event.key.toLowerCase() === 'n'
            ? 'next'
            : event.key === 'Enter'
              ? 'enter'
              : null;
      if (!action) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(action === 'next' ? TYPING : INTERACTIVE)) return;
      event.preventDefault();
      void latest.current[action]();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
