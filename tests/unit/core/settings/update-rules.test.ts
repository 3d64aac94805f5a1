import { describe, expect, it } from 'vitest';
import { isOlderVersion, keepsGentleStyle } from '../../../../core/settings/update-rules';

describe('update rules', () => {
  it.each([
    ['0.1.0', '0.2.0', true],
    ['0.2.0', '0.2.0', false],
    ['0.10.0', '0.2.0', false],
    ['0.1', '0.1.1', true],
    ['1.0.0', '0.9.9', false],
    ['x', '0.2.0', false],
    ['0.9', '0.10', true],
    ['0.10.1', '0.9.9', false],
  ])('%s is older than %s: %s', (a, b, older) => {
    expect(isOlderVersion(a, b)).toBe(older);
  });

  it.each<[string | undefined, boolean, boolean]>([
    ['0.1.0', false, true],
    ['0.1.0', true, false],
    ['0.2.0', false, false],
    [undefined, false, false],
  ])('from %s with saved settings %s keeps gentle: %s', (previous, saved, gentle) => {
    expect(keepsGentleStyle(previous, saved)).toBe(gentle);
  });
});
