import { type Choice, RadioGroup } from '../../../components/RadioGroup';
import { SettingsSection } from '../../../components/SettingsSection';
import { SliderField } from '../../../components/SliderField';
import { DEFAULT_SETTINGS, NUMBER_RANGES, type Theme } from '../../../core/settings/settings';
import { playChime } from '../../../pages/chime';
import type { SettingsForm } from '../../../pages/use-settings-form';
import { ToggleSetting } from './ToggleSetting';

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
      <ToggleSetting
        form={form}
        setting="notifications"
        label="Show a notification"
        hint="When off, only the badge on the toolbar button says it is time."
      />
      <ToggleSetting
        form={form}
        setting="sound"
        label="Play sounds during a guided stretch"
        hint="A soft chime to switch sides and at the end."
      />
      <SliderField
        label="Volume"
        hint={`Default: ${DEFAULT_SETTINGS.volume}%.`}
        value={volume}
        min={NUMBER_RANGES.volume.min}
        max={NUMBER_RANGES.volume.max}
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
