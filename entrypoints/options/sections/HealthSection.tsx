import { HealthScreen } from '../../../components/HealthScreen';
import { SettingsSection } from '../../../components/SettingsSection';
import { hiddenBy } from '../../../core/library-limits';
import { stretches } from '../../../data/stretches';
import { useConditions } from '../../../pages/use-conditions';

/**
 * The safety screen in the options page. Its answers are kept on this device only, apart from
 * the synced settings, and saved through the background like every other change.
 */
export function HealthSection() {
  const { conditions, save, error } = useConditions();
  return (
    <SettingsSection
      id="health"
      title="Your health"
      intro="Some exercises do not suit some conditions. Tick what applies and they are never offered."
    >
      {conditions === null ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <HealthScreen
          selected={conditions}
          hidden={hiddenBy(stretches, conditions)}
          total={stretches.length}
          error={error}
          onChange={(next) => void save(next)}
        />
      )}
    </SettingsSection>
  );
}
