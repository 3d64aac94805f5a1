import type { SessionView } from '../core/guided-session/session-view';
import { CountdownRing } from './CountdownRing';

interface GuidedSessionPanelProps {
  view: SessionView;
  onPause: () => void;
  onResume: () => void;
  onRestart: () => void;
  onSetDone: () => void;
  onFinish: () => void;
  onEndEarly: () => void;
  onClose: () => void;
}

/**
 * The running session: the routine step, the phase, its countdown or set, and the controls for
 * it. Strength work ends a set with "Finish set"; "End early" stops it as a partial break.
 */
export function GuidedSessionPanel({ view, ...on }: GuidedSessionPanelProps) {
  if (view.status === 'finished') {
    return (
      <section class="session finished" aria-label="Guided stretch">
        <p class="phase-title">{view.title}</p>
        <p class="phase-detail">{view.detail}</p>
        <button type="button" class="primary" onClick={on.onClose}>
          Close
        </button>
      </section>
    );
  }
  return (
    <section class="session" aria-label="Guided stretch">
      {view.step && (
        <p class="phase-count">
          Step {view.step.number} of {view.step.count}: {view.step.name}
        </p>
      )}
      <p class="phase-title" data-testid="phase-title">
        {view.title}
      </p>
      {view.secondsLeft !== null ? (
        <CountdownRing progress={view.progress} secondsLeft={view.secondsLeft} label={view.title} />
      ) : null}
      <p class="phase-detail">{view.detail}</p>
      <div class="session-controls">
        {view.status === 'waiting-for-set' && (
          <button type="button" class="primary" onClick={on.onSetDone}>
            Finish set
          </button>
        )}
        {view.status === 'running' && (
          <button type="button" onClick={on.onPause} aria-keyshortcuts="Space">
            Pause
          </button>
        )}
        {view.status === 'paused' && (
          <button type="button" class="primary" onClick={on.onResume} aria-keyshortcuts="Space">
            Resume
          </button>
        )}
        <button type="button" onClick={on.onRestart}>
          Restart
        </button>
        {view.setsLeft ? (
          <button type="button" onClick={on.onEndEarly} aria-keyshortcuts="Enter">
            End early
          </button>
        ) : (
          <button type="button" class="primary" onClick={on.onFinish} aria-keyshortcuts="Enter">
            Done
          </button>
        )}
      </div>
    </section>
  );
}
