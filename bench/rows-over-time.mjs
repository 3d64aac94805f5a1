// The bench's figures measured over time (wake-ups, reminder timeliness, growth with history, the
// Progress page) as table rows; bench/rows.mjs has the sizes, popup speed and heap.

import { BUDGET, TIME_SLACK_MS } from './budgets.mjs';
import { DAYS_PER_YEAR, ENTRIES_PER_DAY, isLinear } from './growth.mjs';
import { kb, ms } from './stats.mjs';

export function rowsOverTime(r) {
  const rows = [];
  const failed = (figure, result, budget) => rows.push({ figure, error: result.error, budget });

  // Wake-ups
  if (r.simulated.error) failed('Wake-ups (simulated)', r.simulated);
  else {
    const s = r.simulated.value;
    rows.push({
      figure: 'Wake-ups per active hour',
      value: `${s.activeIgnored}`,
      budget: `≤ ${BUDGET.activeWakesPerHour}`,
      ok: s.activeIgnored <= BUDGET.activeWakesPerHour,
      method: 'simulated hour, real scheduler; reminders left unanswered',
    });
    rows.push({
      figure: 'Wake-ups per active hour, answering reminders',
      value: `${s.activeAnswered} + ${s.userEvents} user clicks`,
      budget: `≤ ${BUDGET.activeWakesPerHour} (not counting clicks)`,
      ok: s.activeAnswered <= BUDGET.activeWakesPerHour,
      method: 'simulated hour, real scheduler; start after 20 s, done 2 min later',
    });
    for (const [key, label] of [
      ['idle', 'idle'],
      ['locked', 'locked'],
      ['paused', 'paused (1 h pause)'],
    ]) {
      rows.push({
        figure: `Wake-ups per ${label} hour`,
        value: `${s[key].count} (+1 state change)`,
        budget: '0 beyond the state change',
        ok: s[key].count === 0,
        method: 'simulated hour, real scheduler',
      });
    }
  }
  if (r.realActive.error) failed('Wake-ups per active hour (real)', r.realActive);
  else {
    const a = r.realActive.value;
    const wakes = Math.max(a.alarms, a.writes);
    const perHour = (wakes * 60) / a.minutes;
    rows.push({
      figure: 'Wake-ups per active hour (real Chromium)',
      value: `${Math.round(perHour)} (${a.alarms} alarms, ${a.writes} state writes in ${a.minutes} min)`,
      budget: `≤ ${BUDGET.activeWakesPerHour}`,
      ok: perHour <= BUDGET.activeWakesPerHour,
      method: `real ${a.minutes}-min window × ${60 / a.minutes}, watched from an extension page`,
    });
  }
  if (r.realAway.error) failed('Wake-ups while away (real)', r.realAway);
  else {
    const w = r.realAway.value;
    const count = (x) => Math.max(x.alarms, x.writes);
    rows.push({
      figure: 'Wake-ups while idle / locked / paused (real Chromium)',
      value: `${count(w.idle)} / ${count(w.locked)} / ${count(w.paused)} in ${w.minutes} min each`,
      budget: '0 beyond the state change',
      ok: count(w.idle) + count(w.locked) + count(w.paused) === 0,
      method: 'real windows after dispatching the state change into the worker',
    });
  }

  // Reminder timeliness
  if (r.timeliness.error)
    failed('Reminder timeliness', r.timeliness, `p95 < ${BUDGET.latenessP95} ms`);
  else {
    const t = r.timeliness.value;
    rows.push({
      figure: 'Reminder lateness (fired − due)',
      value: `p95 ${ms(t.p95)}, max ${ms(t.max)} over ${t.rounds.length} reminders`,
      budget: `p95 < ${(BUDGET.latenessP95 / 1000).toFixed(0)} s`,
      ok: t.p95 < BUDGET.latenessP95 && t.notKilled === 0,
      method: `unpacked build, worker killed before each${t.notKilled ? ` (${t.notKilled} kill(s) failed)` : ''}`,
    });
    rows.push({
      figure: 'Reminders missed / doubled',
      value:
        `${t.missed} / ${t.doubled}` +
        (t.notShown ? ` (${t.notShown} not in notifications.getAll)` : '') +
        (t.notSetUp ? ` (${t.notSetUp} round(s) could not be set up)` : ''),
      budget: '0 / 0',
      ok: t.missed === 0 && t.doubled === 0 && t.notShown === 0 && t.notSetUp === 0,
      method: 'schedule writes watched from a page; notifications.getAll',
    });
  }

  // Growth
  if (r.growth.error) failed('Growth with history', r.growth);
  else {
    const [g0, g1, g5] = r.growth.value.levels;
    if (!g0 || !g1 || !g5) rows.push({ figure: 'Growth with history', value: 'n/a' });
    else {
      rows.push({
        figure: 'History storage (0 / 1 / 5 years)',
        value: `${kb(g0.bytes)} / ${kb(g1.bytes)} / ${kb(g5.bytes)} (${g5.entries} entries)`,
        budget: 'linear',
        ok: isLinear(g0.bytes, g1.bytes, g5.bytes, 0.01 * g5.bytes),
        method: `storage.local.getBytesInUse; ${DAYS_PER_YEAR} days × ${ENTRIES_PER_DAY} entries a year`,
      });
      for (const [key, label, marker] of [
        ['popup', 'Popup', '#stretch-name'],
        ['options', 'Options', 'h1'],
      ]) {
        const extra = g5[key] - g0[key];
        rows.push({
          figure: `${label} render (0 / 1 / 5 years)`,
          value: `${ms(g0[key])} / ${ms(g1[key])} / ${ms(g5[key])} (5 y adds ${ms(extra)})`,
          budget: `linear; 5 y adds < ${BUDGET.historyAt5Years} ms`,
          ok: isLinear(g0[key], g1[key], g5[key], TIME_SLACK_MS) && extra < BUDGET.historyAt5Years,
          method: `DOM ready → ${marker} painted, median of ${r.growth.value.opens}`,
        });
      }
    }
  }
  if (r.progress) {
    if (r.progress.error) failed('Progress page', r.progress);
    else {
      const p = r.progress.value;
      const adds = p.render - p.empty;
      rows.push({
        figure: 'Progress history storage (5 years)',
        value: `${kb(p.bytes)} (${p.entries} entries, one string a month)`,
        budget: '—',
        method:
          'storage.local.getBytesInUse of the monthly parts; 250 working days × 16 records a year',
      });
      rows.push({
        figure: 'Progress page render (0 / 5 years)',
        value: `${ms(p.empty)} / ${ms(p.render)} (5 y adds ${ms(adds)}); all 5 years counted at ${ms(p.whole)}`,
        budget: `5 y adds < ${BUDGET.progressAt5Years} ms`,
        ok: adds < BUDGET.progressAt5Years,
        method: `DOM ready → today's figures painted (the last 45 days read first), median of ${p.opens}; then the streak from the whole history`,
      });
      for (const [key, label] of [
        ['csv', 'Progress export, CSV (5 years)'],
        ['json', 'Progress export, JSON (5 years)'],
        ['import', 'Import of 5 years (options page)'],
      ]) {
        rows.push({
          figure: label,
          value: ms(p[key]),
          budget: `< ${ms(BUDGET.progressExportImport)}`,
          ok: p[key] < BUDGET.progressExportImport,
          method:
            key === 'import'
              ? 'file chosen → "Imported" shown (read, checked, sent, written), median of 3'
              : 'click → download, median of 3',
        });
      }
    }
  }
  return rows;
}
