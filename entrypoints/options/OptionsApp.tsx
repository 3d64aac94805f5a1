import { GuidanceList } from '../../components/GuidanceList';
import { LibraryList } from '../../components/LibraryList';
import { SaveStatusLine } from '../../components/SaveStatusLine';
import { SettingsSection } from '../../components/SettingsSection';
import { SyncErrorNote } from '../../components/SyncErrorNote';
import type { Settings } from '../../core/settings/settings';
import { GUIDANCE } from '../../data/guidance';
import { stretches } from '../../data/stretches';
import { testRenderFault } from '../../pages/test-render-fault';
import { useSettings } from '../../pages/use-settings';
import { useSettingsForm } from '../../pages/use-settings-form';
import { useSyncError } from '../../pages/use-sync-error';
import { useTheme } from '../../pages/use-theme';
import { BreakSection } from './sections/BreakSection';
import { DataPanel } from './sections/DataPanel';
import { ExercisesSection } from './sections/ExercisesSection';
import { HealthSection } from './sections/HealthSection';
import { QuietTimesSection, RemindersSection } from './sections/RemindersSection';
import { SoundLookSection } from './sections/SoundLookSection';

const CONTENTS = [
  ['reminders', 'Reminders'],
  ['quiet-times', 'Working hours'],
  ['health', 'Your health'],
  ['exercises', 'Your stretches'],
  ['break', 'Your break'],
  ['library', 'Library'],
  ['sound-look', 'Sound and look'],
  ['safety', 'Stretching safely'],
  ['data', 'Your data'],
] as const;

export function OptionsApp() {
  const settings = useSettings();
  if (!settings) return <main aria-busy="true" />;
  return <OptionsForm settings={settings} />;
}

/** The page once the stored settings are known; every change goes through the settings form. */
function OptionsForm({ settings }: { settings: Settings }) {
  const form = useSettingsForm(settings);
  const syncError = useSyncError();
  // The end-to-end test build only (dropped from the shipped one): settings a test made unrenderable.
  if (import.meta.env.MODE === 'faults') testRenderFault('interval', settings.intervalMinutes);
  useTheme(form.value('theme'));
  return (
    <>
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>Stand Up &amp; Stretch settings</h1>
        <a class="header-link" href="/progress.html">
          Your progress
        </a>
      </header>
      <nav class="contents" aria-label="Sections">
        <ul>
          {CONTENTS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options">
        <p class="lead">Changes are saved as you make them and apply at once.</p>
        <p class="page-links">
          <a href="/stretches.html">Browse the stretches</a>
          <a href="/welcome.html">Show the welcome page</a>
        </p>
        <RemindersSection form={form} />
        <QuietTimesSection form={form} />
        <HealthSection />
        <ExercisesSection form={form} />
        <BreakSection settings={settings} />
        <SettingsSection
          id="library"
          title="Stretch library"
          intro="Switch off anything you cannot or do not want to do; favourites come up more often. Reminders honour both."
        >
          <LibraryList
            entries={stretches}
            excluded={form.value('excluded')}
            favourites={form.value('favourites')}
            error={form.errors.excluded ?? form.errors.favourites}
            onExcludedChange={(ids) => form.change('excluded', ids)}
            onFavouritesChange={(ids) => form.change('favourites', ids)}
          />
        </SettingsSection>
        <SoundLookSection form={form} />
        <SettingsSection id="safety" title="About stretching safely">
          <GuidanceList points={GUIDANCE} />
        </SettingsSection>
        <SettingsSection
          id="data"
          title="Your data"
          intro="Everything stays in your browser; settings sync between your browsers through your browser account."
        >
          <DataPanel onReplaced={form.discardDrafts} />
        </SettingsSection>
      </main>
      <footer class="save-bar">
        <SaveStatusLine
          status={form.status}
          invalid={Object.values(form.errors).filter(Boolean).length}
        />
        <SyncErrorNote text={syncError} />
      </footer>
    </>
  );
}
