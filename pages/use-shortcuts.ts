import { useEffect, useRef } from 'preact/hooks';

interface Shortcuts {
  space: () => unknown;
  next: () => unknown;
  enter: () => unknown;
}

// Keys typed into a control belong to that control: Space on a button presses that button.
const INTERACTIVE = 'button, a, input, select, textarea, summary, [contenteditable="true"]';

/** Space starts or pauses, N picks another stretch, Enter finishes, when focus is not on a control. */
export function useShortcuts(shortcuts: Shortcuts) {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
      const action =
        event.key === ' '
          ? 'space'
          : event.key.toLowerCase() === 'n'
            ? 'next'
            : event.key === 'Enter'
              ? 'enter'
              : null;
      if (!action) return;
      event.preventDefault();
      void latest.current[action]();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
