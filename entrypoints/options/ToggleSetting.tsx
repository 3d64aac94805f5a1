import { ToggleField } from '../../components/ToggleField';
import type { Settings } from '../../core/settings/settings';
import type { SettingsForm } from '../../pages/use-settings-form';

type BooleanSettingKey = {
  [K in keyof Settings]: Settings[K] extends boolean ? K : never;
}[keyof Settings];

interface ToggleSettingProps {
  form: SettingsForm;
  setting: BooleanSettingKey;
  label: string;
  hint: string;
}

/** An on/off switch bound to one setting of the form. */
export function ToggleSetting({ form, setting, label, hint }: ToggleSettingProps) {
  return (
    <ToggleField
      label={label}
      hint={hint}
      checked={form.value(setting)}
      error={form.errors[setting]}
      onChange={(on) => form.change(setting, on)}
    />
  );
}
