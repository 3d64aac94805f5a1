import { NumberField } from '../../../components/NumberField';
import {
  DEFAULT_SETTINGS,
  NUMBER_RANGES,
  type NumberSettingKey,
} from '../../../core/settings/settings';
import type { SettingsForm } from '../../../pages/use-settings-form';

interface NumberSettingProps {
  form: SettingsForm;
  setting: NumberSettingKey;
  label: string;
  /** What the setting does; the range and default are added from the settings schema. */
  hint: string;
  quickChoices?: readonly number[];
}

/** A number field bound to one setting, with its range and default taken from the schema. */
export function NumberSetting({ form, setting, label, hint, quickChoices }: NumberSettingProps) {
  const { min, max, unit } = NUMBER_RANGES[setting];
  return (
    <NumberField
      label={label}
      hint={`${hint} ${min} to ${max} ${unit}; default ${DEFAULT_SETTINGS[setting]}.`}
      unit={unit}
      min={min}
      max={max}
      value={form.text(setting)}
      error={form.errors[setting]}
      onInput={(value) => form.change(setting, value)}
      quickChoices={quickChoices}
    />
  );
}
