import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { FocusPicker } from '../../../components/FocusPicker';
import { type Choice, RadioGroup } from '../../../components/RadioGroup';
import { SettingsSection } from '../../../components/SettingsSection';
import type { Place } from '../../../core/settings/settings';
import { EQUIPMENT_LABELS } from '../../../data/labels';
import { GEAR, type Gear, type StretchKind } from '../../../data/stretch-types';
import type { SettingsForm } from '../../../pages/use-settings-form';
import { NumberSetting } from './NumberSetting';

const PLACE_CHOICES: readonly Choice<Place>[] = [
  {
    value: 'desk',
    label: 'At my desk',
    detail: 'On a chair, standing, or at a desk or wall; nothing else needed.',
  },
  { value: 'anywhere', label: 'Anywhere', detail: 'Floor stretches and equipment too.' },
];

const KIND_CHOICES: readonly Choice<StretchKind>[] = [
  { value: 'stretch', label: 'Stretches', detail: 'Held stretches and moving warm-ups.' },
  { value: 'strengthen', label: 'Strengthening exercises', detail: 'Sets of repetitions.' },
  { value: 'release', label: 'Foam rolling', detail: 'Needs a foam roller.' },
];

const GEAR_CHOICES: readonly Choice<Gear>[] = GEAR.map((item) => ({
  value: item,
  label: EQUIPMENT_LABELS[item],
}));

/** The areas to work on. */
export function FocusSetting({ form }: { form: SettingsForm }) {
  return (
    <FocusPicker
      selected={form.value('focus')}
      error={form.errors.focus}
      onChange={(focus) => form.change('focus', focus)}
    />
  );
}

/** Desk only, or the floor and equipment too. */
export function PlaceSetting({ form }: { form: SettingsForm }) {
  return (
    <RadioGroup
      legend="Where you are"
      hint="Default: at my desk."
      choices={PLACE_CHOICES}
      value={form.value('place')}
      error={form.errors.place}
      onChange={(place) => form.change('place', place)}
    />
  );
}

/** The equipment the user has; entries needing anything else are never offered. */
export function EquipmentSetting({ form }: { form: SettingsForm }) {
  return (
    <CheckboxGroup
      legend="What you have"
      hint="Default: all of it. Exercises that need something you do not have are never offered, even when nothing else fits."
      choices={GEAR_CHOICES}
      selected={form.value('equipment')}
      error={form.errors.equipment}
      onChange={(equipment) => form.change('equipment', equipment)}
    />
  );
}

/** What the reminders offer: areas, place, kinds of exercise, equipment and timings. */
export function ExercisesSection({ form }: { form: SettingsForm }) {
  return (
    <SettingsSection id="exercises" title="Your stretches">
      <FocusSetting form={form} />
      <PlaceSetting form={form} />
      <CheckboxGroup
        legend="What to include"
        hint="Default: stretches only."
        choices={KIND_CHOICES}
        selected={form.value('kinds')}
        error={form.errors.kinds}
        onChange={(kinds) => form.change('kinds', kinds)}
      />
      <EquipmentSetting form={form} />
      <NumberSetting
        form={form}
        setting="holdSeconds"
        label="Hold each stretch for"
        hint="About 30 seconds gives the muscle time to lengthen."
      />
      <NumberSetting
        form={form}
        setting="switchSeconds"
        label="Pause to switch sides"
        hint="The break between the first side and the second."
      />
    </SettingsSection>
  );
}
