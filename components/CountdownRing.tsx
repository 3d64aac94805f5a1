interface CountdownRingProps {
  /** 0 at the start of the phase, 1 at its end. */
  progress: number;
  secondsLeft: number;
  label: string;
}

const RADIUS = 54;

/** Seconds as a countdown shows them: '45', or '1:30' from a minute up (foam rolling). */
export function formatCountdown(seconds: number): string {
  if (seconds < 60) return String(seconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function spoken(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const rest = seconds % 60;
  const minutes = `${Math.floor(seconds / 60)} minute${seconds >= 120 ? 's' : ''}`;
  return rest === 0 ? minutes : `${minutes} ${rest} seconds`;
}

/** The hold countdown: a ring that empties as time passes, with the seconds in large type. */
export function CountdownRing({ progress, secondsLeft, label }: CountdownRingProps) {
  const clamped = Math.min(1, Math.max(0, progress));
  return (
    <div class="ring" role="timer" aria-label={`${label}: ${spoken(secondsLeft)} left`}>
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
        {formatCountdown(secondsLeft)}
      </span>
    </div>
  );
}
