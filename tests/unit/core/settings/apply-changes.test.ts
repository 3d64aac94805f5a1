import { describe, expect, it } from 'vitest';
import { applySettingsChanges } from '../../../../core/settings/apply-changes';
import { defaultSettings } from '../../../../core/settings/settings';

describe('applySettingsChanges', () => {
  const current = defaultSettings();

  it('takes the valid fields and names each invalid one', () => {
    const { next, errors } = applySettingsChanges(current, {
      intervalMinutes: 45,
      snoozeMinutes: 0,
    });
    expect(next).toEqual({ ...current, intervalMinutes: 45 });
    expect(errors).toEqual({ snoozeMinutes: 'Choose between 1 and 60 minutes.' });
  });

  it('gives no new settings when nothing valid changed', () => {
    expect(applySettingsChanges(current, { intervalMinutes: 'soon', colour: 'red' })).toEqual({
      next: null,
      errors: { intervalMinutes: '“soon” is not a number.', colour: 'Unknown setting.' },
    });
  });

  it('never changes the settings it was given', () => {
    const before = structuredClone(current);
    applySettingsChanges(current, { intervalMinutes: 45 });
    expect(current).toEqual(before);
  });
});
