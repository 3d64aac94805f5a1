import { ToggleField } from '../../../components/ToggleField';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import type { SettingsForm } from '../../../pages/use-settings-form';

type BooleanSettingKey = {
  [K in keyof Settings]: Settings[K] extends boolean ? K : never;
}[keyof Settings];

interface ToggleSettingProps {
  form: SettingsForm;
  setting: BooleanSettingKey;
  label: string;
  /** What the setting does; the default is added from the settings schema. */
  hint: string;
}

/** An on/off switch bound to one setting of the form, its default taken from the schema. */
export function ToggleSetting({ form, setting, label, hint }: ToggleSettingProps) {
  return (
    <ToggleField
      label={label}
      hint={`${hint} Default: ${DEFAULT_SETTINGS[setting] ? 'on' : 'off'}.`}
      checked={form.value(setting)}
      error={form.errors[setting]}
      onChange={(on) => form.change(setting, on)}
    />
  );
}
