import type { HiddenEntry, HiddenReason } from '../core/library-limits';

const REASONS: Record<HiddenReason, string> = {
  health: 'not advised with what you ticked on the safety screen',
  equipment: 'needs equipment you said you do not have',
};

/**
 * Says what the safety screen and the equipment setting keep out of a list, and why, with where
 * to change them: hidden entries are never silently missing.
 */
export function HiddenEntries({
  hidden,
  settingsHref,
}: {
  hidden: readonly HiddenEntry[];
  settingsHref: string;
}) {
  if (hidden.length === 0) return null;
  const count = (reason: HiddenReason) =>
    hidden.filter((item) => item.reasons.includes(reason)).length;
  return (
    <section
      class="hidden-by-limits"
      aria-labelledby="hidden-heading"
      data-testid="hidden-by-limits"
    >
      <h2 id="hidden-heading">
        {hidden.length} {hidden.length === 1 ? 'exercise is' : 'exercises are'} hidden
      </h2>
      <p>
        {count('health') > 0 && `${count('health')} by your health answers. `}
        {count('equipment') > 0 && `${count('equipment')} for equipment you do not have. `}
        <a href={settingsHref}>Change your answers in the settings</a>.
      </p>
      <details>
        <summary>Which ones, and why</summary>
        <ul>
          {hidden.map(({ entry, reasons }) => (
            <li key={entry.id}>
              {entry.name}: {reasons.map((reason) => REASONS[reason]).join('; ')}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
