import { type Choice, RadioGroup } from '../../components/RadioGroup';
import { SettingsSection } from '../../components/SettingsSection';
import { SliderField } from '../../components/SliderField';
import { ToggleField } from '../../components/ToggleField';
import type { Theme } from '../../core/settings/settings';
import { playChime } from '../../pages/chime';
import type { SettingsForm } from '../../pages/use-settings-form';

const THEME_CHOICES: readonly Choice<Theme>[] = [
  { value: 'system', label: 'Same as my system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** How reminders and the guided stretch sound and look. */
export function SoundLookSection({ form }: { form: SettingsForm }) {
  const volume = form.value('volume');
  return (
    <SettingsSection id="sound-look" title="Notifications, sound and look">
      <ToggleField
        label="Show a notification"
        hint="When off, only the badge on the toolbar button says it is time. Default: on."
        checked={form.value('notifications')}
        error={form.errors.notifications}
        onChange={(on) => form.change('notifications', on)}
      />
      <ToggleField
        label="Play sounds during a guided stretch"
        hint="A soft chime to switch sides and at the end. Default: on."
        checked={form.value('sound')}
        error={form.errors.sound}
        onChange={(on) => form.change('sound', on)}
      />
      <SliderField
        label="Volume"
        hint="Default: 60%."
        value={volume}
        min={0}
        max={100}
        step={5}
        format={(value) => `${value}%`}
        onInput={(value) => form.change('volume', value)}
      >
        <button type="button" onClick={() => playChime('finish', volume)}>
          Play a test sound
        </button>
      </SliderField>
      <RadioGroup
        legend="Theme"
        hint="Default: same as my system."
        choices={THEME_CHOICES}
        value={form.value('theme')}
        error={form.errors.theme}
        onChange={(theme) => form.change('theme', theme)}
      />
    </SettingsSection>
  );
}
