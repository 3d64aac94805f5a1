interface BreakBannerProps {
  /** Whole minutes sat so far, or null when not known. */
  sittingMinutes: number | null;
  /** How often this break has been snoozed. */
  snoozes: number;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** The break page's headline: why it opened, and how often this break was put off already. */
export function BreakBanner({ sittingMinutes, snoozes }: BreakBannerProps) {
  return (
    <section class="break-banner" aria-labelledby="break-title">
      <h2 id="break-title">Time to stand up</h2>
      <p>
        {sittingMinutes === null
          ? 'A short stretch now keeps your hips and glutes from stiffening.'
          : `You have been sitting for ${sittingMinutes} minutes. A short stretch now keeps your hips and glutes from stiffening.`}
      </p>
      {snoozes > 0 && (
        <p class="break-snoozes">
          Snoozed {times(snoozes)} already.
          {snoozes >= 2 ? ' Even a minute standing up helps more than another snooze.' : ''}
        </p>
      )}
    </section>
  );
}
