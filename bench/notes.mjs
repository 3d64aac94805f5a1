// How each figure is taken, for docs/benchmark.md.

import { TIME_SLACK_MS } from './budgets.mjs';
import { DAYS_PER_YEAR, ENTRIES_PER_DAY } from './growth.mjs';

export function benchNotes() {
  return [
    '**Sizes** are of the built `.output/chrome-mv3/` (copied at the start of the run). A page counts the scripts its HTML loads (script and modulepreload tags) plus every chunk they import statically; gzip is Node zlib at level 9. Zips are what `npm run zip` left in `.output/`.',
    '**Popup speed**: popup.html and a blank page of a throwaway extension (one `<p>` of text, an empty service worker so both pages get a warm extension process) open alternately in new 400×600 tabs of the same headless Chromium, after one untimed warm-up each. First contentful paint is the browser\'s paint timing entry; "stretch visible" is the paint time of `#stretch-name` reported by Element Timing (the attribute is added through the DevTools protocol as the element enters the DOM), and for the blank page of its text. Medians.',
    '**Service-worker heap**: a working day of events (one alarm per minute for 8 hours, a reminder made due every 40 minutes and answered by snooze, start + a guided session, closing, or the popup\'s snooze in turn, idle and locked spells, "another stretch" messages) dispatched into the real background with the event objects\' `dispatch()` and messages from an extension page, compressed into real seconds. Then two `HeapProfiler.collectGarbage` and `Runtime.getHeapUsage` through a raw DevTools session on the same worker.',
    "**Wake-ups, simulated**: the TypeScript scheduler (`core/scheduler`) bundled with Vite and driven by the unit tests' alarm loop (`simulate` in tests/unit/core/scheduler/run-scenario.ts), default settings, active from 09:00; the figure counts every event handled from 10:00 to 11:00. Idle, locked and paused hours start with that state change at 10:00, which is not counted.",
    "**Wake-ups, real**: the built extension in its own Chromium for a real window, watched from an extension page (`alarms.getAll` every 500 ms: an alarm that came due and went is one wake; each write of the schedule state is one handled event); the larger of the two counts, scaled to an hour. Headless Chromium always reports the user active, so the idle, locked and paused windows start by dispatching that state change (or the popup's pause message).",
    '**Reminder timeliness**: interval set to 5 minutes; each round makes a reminder due 31-39 s ahead, kills the service worker (DevTools `Target.closeTarget`) and lets the real alarm start a new worker. Lateness is the stored `reminder.shownAt` minus the due time; a reminder not shown within 30 s is missed; a second show for the same due time within 3 s counts as doubled.',
    `**Growth**: synthetic history of ${DAYS_PER_YEAR} working days a year × ${ENTRIES_PER_DAY} entries, ending today, written to \`storage.local\`. Render time is from the page's DOM being ready (navigation timing \`domInteractive\`, just before its script runs) to the first paint of its marker. "Linear" means 5 years add at most 5 times what 1 year adds (+${TIME_SLACK_MS} ms for timer noise; +1 % for bytes).`,
  ];
}
