// A first install in real Firefox: the background starts by itself and sets up the schedule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firefoxPerFile } from './harness.mjs';
import { backgroundStarted, badgeText, MINUTE, scheduleAlarm } from './helpers.mjs';

describe('installing the extension in Firefox', () => {
  const ff = firefoxPerFile();

  it('starts the background: sitting time counts from now, the schedule alarm is set', async () => {
    // The options page sends the background nothing when it opens: what is stored, it stored.
    const page = await ff.ext.openPage('options');
    const schedule = await backgroundStarted(page);
    assert.ok(schedule.sittingSince >= ff.ext.installedAt && schedule.sittingSince <= Date.now());
    assert.equal(schedule.reminder, null);
    assert.equal(schedule.away, null);
    const alarm = await scheduleAlarm(page);
    assert.ok(alarm.scheduledTime > schedule.lastSeenAt, 'the alarm is ahead');
    assert.ok(alarm.scheduledTime <= schedule.sittingSince + 30 * MINUTE, 'by the first break');
    assert.equal(await badgeText(page), '30', 'the toolbar counts down to the first break');
  });
});
