interface CountdownRingProps {
  /** 0 at the start of the phase, 1 at its end. */
  progress: number;
  secondsLeft: number;
  label: string;
}

const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** The hold countdown: a ring that empties as time passes, with the seconds in large type. */
export function CountdownRing({ progress, secondsLeft, label }: CountdownRingProps) {
  const clamped = Math.min(1, Math.max(0, progress));
  return (
    <div class="ring" role="timer" aria-label={`${label}: ${secondsLeft} seconds left`}>
      <svg viewBox="0 0 128 128" aria-hidden="true">
        <circle class="ring-track" cx="64" cy="64" r={RADIUS} />
        <circle
          class="ring-fill"
          cx="64"
          cy="64"
          r={RADIUS}
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * clamped}
          transform="rotate(-90 64 64)"
        />
      </svg>
      <span class="ring-seconds" aria-hidden="true">
        {secondsLeft}
      </span>
    </div>
  );
}
