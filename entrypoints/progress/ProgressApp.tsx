import { format } from 'date-fns';
import { useMemo, useState } from 'preact/hooks';
import type { DataMessage } from '../../components/DataSection';
import { AreaBalance } from '../../components/progress/AreaBalance';
import { DayChart } from '../../components/progress/DayChart';
import { ProgressData } from '../../components/progress/ProgressData';
import { SettingsSection } from '../../components/SettingsSection';
import type { HistoryEntry } from '../../core/history/history';
import { progressView } from '../../core/progress/progress-view';
import { REPAIR_RULE } from '../../core/progress/streak';
import type { Settings } from '../../core/settings/settings';
import { FOCUS_LABELS } from '../../data/labels';
import { stretches } from '../../data/stretches';
import { downloadExport } from '../../pages/export-import';
import { deleteRecords, downloadCsv } from '../../pages/progress-data';
import { useNow } from '../../pages/use-now';
import { useSettings } from '../../pages/use-settings';
import { useTheme } from '../../pages/use-theme';
import { useWholeHistory } from '../../pages/use-whole-history';

export function ProgressApp() {
  const settings = useSettings();
  const history = useWholeHistory();
  // Once a minute is enough for "today" to turn into tomorrow while the page stays open.
  const now = useNow(60_000);
  useTheme(settings?.theme);
  if (!settings || !history) return <main class="options progress" aria-busy="true" />;
  return (
    <ProgressPage
      settings={settings}
      history={history.entries}
      complete={history.complete}
      now={now}
    />
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}

function ProgressPage({
  settings,
  history,
  complete,
  now,
}: {
  settings: Settings;
  history: HistoryEntry[];
  /** False while only the recent days are read: the streak waits for the rest. */
  complete: boolean;
  now: number;
}) {
  const view = useMemo(
    () => progressView(history, settings, stretches, now),
    [history, settings, now],
  );
  const [message, setMessage] = useState<DataMessage | null>(null);
  const run = async (action: () => Promise<DataMessage>) => {
    setMessage(null);
    setMessage(
      await action().catch(
        (error): DataMessage => ({ ok: false, text: String(error), details: [] }),
      ),
    );
  };
  const { today, streak, strength } = view;
  const neglected = view.balance
    .filter((bar) => bar.neglected)
    .map((bar) => FOCUS_LABELS[bar.area]);
  const strengthOn = settings.kinds.includes('strengthen');
  return (
    <>
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>Your progress</h1>
        <a class="header-link" href="/options.html">
          Settings
        </a>
      </header>
      <main class="options progress">
        <p class="lead">
          Kept in this browser only: nothing leaves it, and it is not synced to your other browsers.
        </p>
        {complete && !view.hasHistory && (
          <p class="empty-note">
            Nothing recorded yet. Breaks you take and reminders you get will show here.
          </p>
        )}
        <SettingsSection id="today" title="Today">
          <dl class="figures">
            <div>
              <dt>Breaks taken</dt>
              <dd>
                {today.taken}{' '}
                <span class="of">
                  of {today.working ? `${view.goal} (your goal)` : 'no goal: a day off'}
                </span>
              </dd>
            </div>
            <div>
              <dt>Reminders offered</dt>
              <dd>{today.offered}</dd>
            </div>
            <div>
              <dt>Guided stretching</dt>
              <dd>
                <span class="of">about</span> {today.stretchMinutes} min
              </dd>
            </div>
            <div>
              <dt>Longest sitting stretch</dt>
              <dd>{duration(today.longestSittingMs)}</dd>
            </div>
          </dl>
          {today.endedEarly > 0 && (
            <p class="hint">
              {plural(today.endedEarly, 'stretch', 'stretches')} ended early without time away:
              recorded, not counted.
            </p>
          )}
        </SettingsSection>
        <SettingsSection id="streak" title="Streak">
          <p class="big-figure" aria-busy={!complete}>
            {complete ? plural(streak.days, 'working day') : 'Counting…'}{' '}
            <span class="of">meeting your goal of {view.goal}</span>
          </p>
          <p class="hint">
            {REPAIR_RULE} Days off count neither way, and today counts once it meets the goal.
          </p>
          {complete && streak.forgiven.length > 0 && (
            <p class="hint">
              Forgiven: {streak.forgiven.map((day) => format(day, 'EEEE d MMMM')).join(', ')}.
            </p>
          )}
        </SettingsSection>
        <SettingsSection id="days" title="Breaks per day">
          <h3>Last 7 days</h3>
          <DayChart title="Last 7 days" bars={view.week} goal={view.goal} weekdayLabels />
          <h3>Last 30 days</h3>
          <DayChart title="Last 30 days" bars={view.month} goal={view.goal} weekdayLabels={false} />
          <p class="hint legend">
            <span class="key key-met" /> goal met <span class="key key-missed" /> below the goal{' '}
            <span class="key key-offered" /> reminders offered <span class="key key-goal" /> goal
            {view.offersSince !== null &&
              ` · reminders offered are recorded since ${format(view.offersSince, 'd MMMM yyyy')}`}
          </p>
        </SettingsSection>
        <SettingsSection
          id="balance"
          title="Balance per area, last 14 days"
          intro="Stretches taken that worked each area (one that works two counts for both)."
        >
          <AreaBalance bars={view.balance} />
          <p class="picker-note">
            The next stretches favour {neglected.join(', ')}: of your focus areas, the ones worked
            least in these 14 days.
          </p>
        </SettingsSection>
        <SettingsSection id="strength" title="Strength this week">
          <p class="big-figure">
            {plural(strength.sessions, 'session')}{' '}
            <span class="of">
              of {strength.min} to {strength.max}, as the guidance advises (Monday to Sunday)
            </span>
          </p>
          {!strengthOn && (
            <p class="hint">
              Strengthening exercises are off: switch them on under “Your stretches” in the{' '}
              <a href="/options.html#exercises">settings</a>.
            </p>
          )}
        </SettingsSection>
        <SettingsSection id="what-counts" title="What counts as a break taken">
          <ul class="rules">
            <li>
              Away from the computer for two minutes or more (idle or locked), with or without a
              stretch.
            </li>
            <li>A guided stretch gone through to its end.</li>
            <li>
              Done or End early a few seconds in, without time away, is recorded as ended early and
              not counted.
            </li>
            <li>Each break counts once, however long it lasted.</li>
            <li>The goal counts on your working days only (set under Working hours).</li>
          </ul>
        </SettingsSection>
        <SettingsSection id="data" title="Your progress data">
          <ProgressData
            message={message}
            today={now}
            onExportCsv={() => run(() => downloadCsv(Date.now()))}
            onExportJson={() => run(() => downloadExport(Date.now()))}
            onDelete={(day) => run(() => deleteRecords(day))}
          />
        </SettingsSection>
      </main>
    </>
  );
}
