import { HISTORY_LIMIT, type HistoryEntry, parseHistory } from './history/history';
import { isRecord, isWholeNumber } from './is-record';
import { checkWholeSettings } from './settings/check-settings';
import { SETTINGS_VERSION, upgradeSettings } from './settings/migrate-settings';
import type { Settings } from './settings/settings';

export const EXPORT_APP = 'stand-up-and-stretch';

/** What an export file holds: the settings at their version, and the history. */
export interface ExportFile {
  app: typeof EXPORT_APP;
  version: number;
  exportedAt: string;
  settings: Settings;
  history: HistoryEntry[];
}

export function buildExport(settings: Settings, history: HistoryEntry[], now: number): ExportFile {
  return {
    app: EXPORT_APP,
    version: SETTINGS_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    history,
  };
}

/**
 * Checks an imported file as a whole: older versions are migrated first, then every setting must
 * be valid and every history entry well formed. Either all of it is usable, or the errors say why.
 */
export function readExport(
  raw: unknown,
): { ok: true; settings: Settings; history: HistoryEntry[] } | { ok: false; errors: string[] } {
  if (!isRecord(raw)) {
    return { ok: false, errors: ['The file does not hold an export of this extension.'] };
  }
  const file = raw as Partial<ExportFile>;
  if (file.app !== EXPORT_APP) {
    return { ok: false, errors: ['The file was not exported by Stand Up & Stretch.'] };
  }
  const version = file.version;
  if (!isWholeNumber(version) || version < 1) {
    return { ok: false, errors: ['The file has no valid version number.'] };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      errors: [`The file is from a newer version (${version}); update the extension first.`],
    };
  }
  const checked = checkWholeSettings(upgradeSettings(file.settings, version));
  const errors = checked.ok ? [] : checked.errors.map((e) => `Settings, ${e}`);
  const rawHistory = file.history ?? [];
  const history = parseHistory(rawHistory);
  if (!Array.isArray(rawHistory)) errors.push('History must be a list.');
  else if (rawHistory.length > HISTORY_LIMIT) {
    errors.push(
      `History: the file holds ${count(rawHistory.length)} entries; the extension keeps at most ${count(HISTORY_LIMIT)}. Remove the oldest ones from the file, or import it without its history.`,
    );
  } else if (history.length !== rawHistory.length) {
    errors.push(`History: ${rawHistory.length - history.length} entries are not valid.`);
  }
  if (!checked.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: checked.settings, history };
}

const count = (n: number) => n.toLocaleString('en');
