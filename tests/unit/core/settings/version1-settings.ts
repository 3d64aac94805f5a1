import { DEFAULT_SETTINGS } from '../../../../core/settings/settings';

/** What version 1 (pre-release) stored: its own place names, a foam-rolling switch, no kinds. */
export function version1(changes: Record<string, unknown> = {}) {
  const {
    kinds: _kinds,
    place: _place,
    breakStyle: _breakStyle,
    breakPageAfterMinutes: _after,
    ...rest
  } = structuredClone(DEFAULT_SETTINGS);
  return { ...rest, place: 'floor-ok', foamRolling: true, intervalMinutes: 50, ...changes };
}
