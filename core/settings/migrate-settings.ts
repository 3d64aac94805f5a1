import { GEAR } from '../../data/stretch-types';
import { isRecord, isWholeNumber } from '../is-record';

/** The version of the stored settings shape; bump it with a migration below when the shape changes. */
export const SETTINGS_VERSION = 6;

type Stored = Record<string, unknown>;

const PLACE_V2: Record<string, string> = { 'desk-only': 'desk', 'floor-ok': 'anywhere' };

/**
 * Version 1 was the pre-release shape: `place` was 'desk-only' | 'floor-ok', and instead of
 * `kinds` there was only a `foamRolling` switch (stretches were always on, strength work did not
 * exist). Only those fields are rewritten; readSettings validates everything afterwards, so a
 * value that is already in the new shape or simply broken passes through untouched.
 */
function toVersion2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { foamRolling, ...rest } = old;
  const next: Stored = { ...rest };
  if (typeof old.place === 'string' && old.place in PLACE_V2) next.place = PLACE_V2[old.place];
  if (!('kinds' in old)) next.kinds = foamRolling === true ? ['stretch', 'release'] : ['stretch'];
  return next;
}

/**
 * Version 3 added the break style. New installs get 'standard' (the break page follows an
 * unanswered notification); people who had the extension before keep the notification-only
 * reminder they chose it for ('gentle') until they choose otherwise.
 */
function toVersion3(old: unknown): unknown {
  return isRecord(old) ? { breakStyle: 'gentle', breakPageAfterMinutes: 2, ...old } : old;
}

/**
 * Version 4 added `equipment`, the equipment the user has. Settings from before it had no such
 * choice, so they read as having everything (the default), which keeps their picks unchanged and
 * lets an older export file, which must hold every setting, import whole.
 */
function toVersion4(old: unknown): unknown {
  // The checks read the list into a fresh array, so the constant itself is never handed out.
  return isRecord(old) ? { equipment: GEAR, ...old } : old;
}

/**
 * Version 5 added `dailyGoal`, the breaks a working day aims for (the Progress page). Earlier
 * settings get the default, so an older export file, which must hold every setting, imports whole.
 */
function toVersion5(old: unknown): unknown {
  return isRecord(old) ? { dailyGoal: 6, ...old } : old;
}

/**
 * Version 6 added `weeklySummary`, off unless chosen; an older export file imports whole with it off.
 */
function toVersion6(old: unknown): unknown {
  return isRecord(old) ? { weeklySummary: false, ...old } : old;
}

/** Migrations keyed by the version they produce. */
export const migrateSettings: Record<number, (old: unknown) => unknown> = {
  2: toVersion2,
  3: toVersion3,
  4: toVersion4,
  5: toVersion5,
  6: toVersion6,
};

/**
 * The version recorded beside stored settings (`{ v }`, the layout WXT storage kept, so values
 * it wrote read the same). None recorded means version 1: values from before versions existed.
 */
export function storedSettingsVersion(meta: unknown): number {
  const v = isRecord(meta) ? meta.v : undefined;
  return isWholeNumber(v) && v >= 1 ? v : 1;
}

/** A value stored at `version`, brought to the current shape by each later migration in turn. */
export function upgradeSettings(raw: unknown, version: number): unknown {
  let value = raw;
  for (let v = version + 1; v <= SETTINGS_VERSION; v++)
    value = migrateSettings[v]?.(value) ?? value;
  return value;
}
