import { useEffect, useState } from 'preact/hooks';
import { NumberField } from '../../components/NumberField';
import { SaveStatusLine } from '../../components/SaveStatusLine';
import { useSettings } from '../../pages/use-settings';
import { useSettingsForm } from '../../pages/use-settings-form';

export function OptionsApp() {
  const settings = useSettings();
  const form = useSettingsForm();
  const [interval, setInterval] = useState('');
  useEffect(() => {
    if (settings && !form.errors.intervalMinutes) setInterval(String(settings.intervalMinutes));
  }, [settings?.intervalMinutes]);

  if (!settings) return <main aria-busy="true" />;
  return (
    <main class="options">
      <header>
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>Stand Up &amp; Stretch settings</h1>
      </header>
      <section aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        <NumberField
          label="Remind me after sitting for"
          hint="From 5 to 240 minutes of active time at the computer."
          unit="minutes"
          min={5}
          max={240}
          quickChoices={[20, 30, 45, 60]}
          value={interval}
          error={form.errors.intervalMinutes}
          onInput={(value) => {
            setInterval(value);
            form.change('intervalMinutes', value);
          }}
        />
      </section>
      <SaveStatusLine status={form.status} />
    </main>
  );
}
