import { useState } from 'preact/hooks';
import { HiddenEntries } from '../../components/HiddenEntries';
import { LibraryList } from '../../components/LibraryList';
import { splitByLimits } from '../../core/library-limits';
import { stretches } from '../../data/stretches';
import { startStretch } from '../../pages/start-stretch';
import { useConditions } from '../../pages/use-conditions';
import { useSettings } from '../../pages/use-settings';
import { useTheme } from '../../pages/use-theme';

/**
 * Every exercise the user may do, by area, place and equipment, with its picture and a Start
 * that runs a guided session of exactly that one in the stretch window. What the safety screen
 * or the missing equipment hides is said, with why.
 */
export function StretchesApp() {
  const settings = useSettings();
  const { conditions } = useConditions();
  const [error, setError] = useState<string | null>(null);
  useTheme(settings?.theme);
  if (!settings || conditions === null) return <main aria-busy="true" />;
  const { allowed, hidden } = splitByLimits(stretches, conditions, settings.equipment);
  const start = async (id: string) => {
    setError(null);
    try {
      await startStretch(id);
    } catch (cause) {
      setError(`Could not start it: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };
  return (
    <>
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>Stretches</h1>
      </header>
      <main class="options stretches">
        <p class="lead">
          Every exercise you can do, with its picture. Start one and it runs in a window of its own.{' '}
          <a href="/options.html#exercises">Settings</a>
        </p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <HiddenEntries hidden={hidden} settingsHref="/options.html#health" />
        <h2 class="visually-hidden">Exercises</h2>
        <LibraryList
          entries={allowed}
          excluded={settings.excluded}
          favourites={settings.favourites}
          initialFilter={{ place: settings.place === 'desk' ? 'desk' : 'all' }}
          onStart={(entry) => void start(entry.id)}
        />
      </main>
    </>
  );
}
