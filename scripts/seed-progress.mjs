// Six weeks of a plausible history for the Progress page's screenshot: working days with four to
// eight breaks, a few reminders let go, two strength sessions a week, the odd weekend break, and a
// day with the goal missed (forgiven by the streak's rule). Written straight into the monthly parts
// (screenshot set-up only: the product writes history through the background).

const STRETCHES = [
  'pigeon',
  'seated-figure-4',
  'chair-hip-flexor-stretch',
  'seated-hamstring-stretch',
  'standing-quad-stretch',
  'chair-glute-hug',
  'standing-side-bend',
];
const STRENGTH = ['glute-bridge', 'chair-sit-to-stand'];

/** A seeded sequence, so the picture is the same every run. */
function numbers(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The history, oldest first, as records of the extension's own shape. */
export function progressHistory(now = Date.now()) {
  const random = numbers(7);
  const entries = [];
  for (let ago = 42; ago >= 0; ago--) {
    const day = new Date(now);
    day.setHours(9, 0, 0, 0);
    day.setDate(day.getDate() - ago);
    const weekday = day.getDay();
    const working = weekday >= 1 && weekday <= 5;
    const breaks = working
      ? ago === 9
        ? 2
        : 4 + Math.floor(random() * 5)
      : random() < 0.3
        ? 1
        : 0;
    for (let i = 0; i < breaks + (working ? 2 : 0); i++) {
      const at = day.getTime() + i * 50 * 60_000;
      if (at > now) break;
      entries.push({ kind: 'offered', at, sittingMs: 30 * 60_000 });
      if (i >= breaks) {
        entries.push({ kind: 'missed', at: at + 15 * 60_000, sittingMs: 45 * 60_000 });
      } else if (i % 3 === 2) {
        entries.push({ kind: 'natural-break', at: at + 60_000, sittingMs: 31 * 60_000 });
      } else {
        const strength = i === 0 && (weekday === 2 || weekday === 4);
        const list = strength ? STRENGTH : STRETCHES;
        const stretchId = list[Math.floor(random() * list.length)];
        entries.push({ kind: 'stretched', at: at + 90_000, sittingMs: 32 * 60_000, stretchId });
      }
    }
  }
  return entries;
}

/** Replaces the stored history with `progressHistory()`, part by part, from inside the worker. */
export async function seedProgressHistory(worker) {
  await worker.evaluate(async (entries) => {
    const parts = {};
    for (const entry of entries) {
      const d = new Date(entry.at);
      const key = `history-${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
      parts[key] = [...(parts[key] ?? []), entry];
    }
    await chrome.storage.local.set(parts);
  }, progressHistory());
}
