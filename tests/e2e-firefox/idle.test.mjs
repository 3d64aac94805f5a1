// Time away from the computer in real Firefox: its idle detector is driven from the browser's
// privileged context (the user's last input is set into the past), the clock moved, not waited for.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { firefoxPerFile } from './harness.mjs';
import {
  advanceTime,
  backgroundStarted,
  MINUTE,
  readLocal,
  scheduleAlarm,
  seedSchedule,
  waitFor,
} from './helpers.mjs';

const NATURAL_BREAK = 5 * MINUTE; // the default: away this long is a break

describe('time away in Firefox', () => {
  const ff = firefoxPerFile();
  let page;
  let seeded;
  beforeEach(async () => {
    page = await ff.ext.openPage('options');
    await backgroundStarted(page);
    seeded = await seedSchedule(page, { sittingMs: 20 * MINUTE });
  });

  /** No input for a while: Firefox reports 'idle' once the last input is 60 s old. */
  async function goIdle() {
    await ff.ext.setIdleFor(2 * MINUTE);
    return waitFor('the background to see the person leave', async () => {
      const { schedule } = await readLocal(page);
      return schedule.away && schedule;
    });
  }

  /** Input again: Firefox reports 'active'. Returns the schedule once the background has seen it. */
  async function comeBack() {
    const backAt = Date.now();
    await ff.ext.setIdleFor(0);
    const { schedule } = await waitFor('the background to see the person back', async () => {
      const local = await readLocal(page);
      return local.schedule.away === null && local;
    });
    return { backAt, schedule };
  }

  it('starts sitting time again after an idle period as long as the natural break', async () => {
    const away = await goIdle();
    assert.equal(away.away.locked, false);
    assert.equal(await scheduleAlarm(page), undefined, 'no alarm while away');

    await advanceTime(page, NATURAL_BREAK);
    const { backAt, schedule } = await comeBack();
    assert.ok(schedule.sittingSince >= backAt, 'sitting counts from the return');
    assert.equal(schedule.intervalStart, schedule.sittingSince, 'and so does the next break');
    const { history } = await readLocal(page);
    const entry = history.at(-1);
    assert.equal(entry.kind, 'natural-break');
    // Sat 20 minutes, then the idle detector's minute counted as sitting.
    assert.ok(Math.abs(entry.sittingMs - 19 * MINUTE) < MINUTE, `sat ${entry.sittingMs} ms`);
    assert.ok((await scheduleAlarm(page)).scheduledTime > Date.now(), 'the schedule runs again');
  });

  it('keeps sitting time through an idle period shorter than the natural break', async () => {
    await goIdle();
    await advanceTime(page, NATURAL_BREAK - 2 * MINUTE);
    const { schedule } = await comeBack();
    assert.equal(schedule.sittingSince, seeded.sittingSince - (NATURAL_BREAK - 2 * MINUTE));
    const { history } = await readLocal(page);
    assert.ok(!history?.some((entry) => entry.kind === 'natural-break'), 'no break recorded');
  });
});
