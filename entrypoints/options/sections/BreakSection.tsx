import { RadioGroup } from '../../../components/RadioGroup';
import { SettingsSection } from '../../../components/SettingsSection';
import type { Settings } from '../../../core/settings/settings';
import { ONE_STRETCH, useBreakRoutine } from '../../../pages/use-break-routine';
import { useConditions } from '../../../pages/use-conditions';

/**
 * How long a break is: one stretch, or a routine of two to four. Kept on this device, apart from
 * the synced settings; the popup's and the notification's Start run it.
 */
export function BreakSection({ settings }: { settings: Settings }) {
  const { conditions } = useConditions();
  const { chosen, options, error, choose } = useBreakRoutine(settings, conditions);
  // Strength work rests 48 hours after a session, so a routine of it cannot be every break.
  const stretchRoutines = options.filter((option) => !option.routine.strength);
  const breaks = stretchRoutines.filter((option) => option.resolved !== null);
  const choices = [
    {
      value: ONE_STRETCH,
      label: 'One stretch, about a minute',
      detail: 'Short and often is what helps most: the default.',
    },
    ...breaks.map(({ routine, resolved }) => ({
      value: routine.id,
      label: `${routine.name}, about ${resolved?.minutes} min`,
      detail: `${resolved?.entry.steps?.map((step) => step.name).join(' · ')}. ${routine.about}`,
    })),
  ];
  const notOffered = stretchRoutines.filter((option) => option.resolved === null);
  return (
    <SettingsSection
      id="break"
      title="Your break"
      intro="What Start runs, from the popup, the break page or the notification."
    >
      <RadioGroup
        legend="Break length"
        hint="A routine runs its exercises one after the other; anything your health answers, equipment or switched-off entries rule out is swapped or left out."
        choices={choices}
        value={chosen}
        error={error ?? undefined}
        onChange={(id) => void choose(id)}
      />
      {notOffered.length > 0 && (
        <p class="hint">
          Not offered, as too little of it suits your answers and equipment:{' '}
          {notOffered.map((option) => option.routine.name).join(', ')}.
        </p>
      )}
    </SettingsSection>
  );
}
