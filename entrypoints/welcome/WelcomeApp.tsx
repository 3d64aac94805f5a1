import { useState } from 'preact/hooks';
import { PinHint } from '../../components/PinHint';
import { SaveStatusLine } from '../../components/SaveStatusLine';
import { SettingsSection } from '../../components/SettingsSection';
import { SyncErrorNote } from '../../components/SyncErrorNote';
import type { Settings } from '../../core/settings/settings';
import { startStretch } from '../../pages/start-stretch';
import { useSettings } from '../../pages/use-settings';
import { useSettingsForm } from '../../pages/use-settings-form';
import { useSyncError } from '../../pages/use-sync-error';
import { useTheme } from '../../pages/use-theme';
import { useToolbarPinned } from '../../pages/use-toolbar-pin';
import { EquipmentSetting, FocusSetting, PlaceSetting } from '../options/sections/ExercisesSection';
import { HealthSection } from '../options/sections/HealthSection';
import {
  BreakStyleSetting,
  IntervalSetting,
  WorkingHoursSetting,
} from '../options/sections/RemindersSection';
import { WhatsNew } from './WhatsNew';

/** What's new after an update (`?update`), else the welcome (`?install`, or opened from the options). */
const afterUpdate = new URLSearchParams(location.search).has('update');

export function WelcomeApp() {
  const settings = useSettings();
  useTheme(settings?.theme);
  if (!settings) return <main aria-busy="true" />;
  if (afterUpdate) return <WhatsNew settings={settings} />;
  return <WelcomeForm settings={settings} />;
}

/**
 * The first page a new user sees: what will happen, the few choices that matter (saved as they
 * are made, through the same checks as the options page), the pin hint, and a stretch to try.
 */
function WelcomeForm({ settings }: { settings: Settings }) {
  const form = useSettingsForm(settings);
  const syncError = useSyncError();
  const pinned = useToolbarPinned();
  const [error, setError] = useState<string | null>(null);
  const tryStretch = async () => {
    setError(null);
    try {
      await startStretch();
    } catch (cause) {
      setError(`Could not start it: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };
  return (
    <>
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>Welcome to Stand Up &amp; Stretch</h1>
      </header>
      <main class="options welcome">
        <section class="welcome-intro" aria-labelledby="what-heading">
          <h2 id="what-heading">What will happen</h2>
          <ul>
            <li>
              It counts the time you actually sit at the computer. Stepping away for a few minutes
              counts as a break, and sitting starts again from zero.
            </li>
            <li>
              After {settings.intervalMinutes} minutes of sitting it tells you to stand up, in the
              way you choose below, and names one short hip or glute stretch.
            </li>
            <li>
              Start it and it guides you: the steps, a picture, and a countdown for each side. It
              takes a minute or two.
            </li>
            <li>Everything stays in your browser: no account, nothing sent anywhere.</li>
          </ul>
        </section>
        <PinHint pinned={pinned} />
        <SettingsSection
          id="choices"
          title="Your choices"
          intro="Saved as you make them; you can change them any time in the settings."
        >
          <IntervalSetting form={form} />
          <BreakStyleSetting form={form} />
          <WorkingHoursSetting form={form} />
          <FocusSetting form={form} />
          <PlaceSetting form={form} />
          <EquipmentSetting form={form} />
        </SettingsSection>
        <HealthSection />
        <section class="welcome-try" aria-labelledby="try-heading">
          <h2 id="try-heading">Try one now</h2>
          <p>A stretch chosen for your answers opens in a window of its own, running.</p>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="welcome-actions">
            <button type="button" class="primary" onClick={tryStretch}>
              Try a stretch now
            </button>
            <a href="/stretches.html">Browse the stretches</a>
            <a href="/options.html">All settings</a>
          </div>
        </section>
      </main>
      <footer class="save-bar">
        <SaveStatusLine status={form.status} />
        <SyncErrorNote text={syncError} />
      </footer>
    </>
  );
}
