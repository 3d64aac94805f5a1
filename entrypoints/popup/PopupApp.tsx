import { useCallback, useEffect, useState } from 'preact/hooks';
import { BreakActions } from '../../components/BreakActions';
import { BreakBanner } from '../../components/BreakBanner';
import { GuidedSessionPanel } from '../../components/GuidedSessionPanel';
import { ScheduleStatus } from '../../components/ScheduleStatus';
import { StretchCard } from '../../components/StretchCard';
import { SuggestionChoices } from '../../components/SuggestionChoices';
import { TodayLine } from '../../components/TodayLine';
import { breakIsOver, offersOneMinute, snoozesSince } from '../../core/break-page';
import { figureCue } from '../../core/guided-session/figure-cue';
import { effectiveDose } from '../../core/guided-session/plan';
import { viewSession } from '../../core/guided-session/session-view';
import { parseStretch } from '../../core/parse-stretch';
import { describeWidened, NOTHING_FITS } from '../../core/pick-stretch-widened';
import { describeSchedule } from '../../core/scheduler';
import { SAFETY_LINE } from '../../data/safety-line';
import { primeChime } from '../../pages/chime';
import { testRenderFault } from '../../pages/test-render-fault';
import { useCommands } from '../../pages/use-commands';
import { useEarlyTitle } from '../../pages/use-early-title';
import { useNow } from '../../pages/use-now';
import { usePhaseAnnouncer } from '../../pages/use-phase-announcer';
import { usePopupState } from '../../pages/use-popup-state';
import { useShortcuts } from '../../pages/use-shortcuts';
import { useStretchLinks } from '../../pages/use-stretch-links';
import { useTheme } from '../../pages/use-theme';
import type { ProtocolMap, ScheduleCommand } from '../../platform/messages';

const view = new URLSearchParams(location.search).get('view');
/** The break page: opened by the break styles, it closes itself when the break is over. */
export const asBreakPage = view === 'break';
export const inWindow = view === 'window' || asBreakPage;

export function PopupApp() {
  const state = usePopupState();
  const settings = state.loaded ? state.settings : null;
  const { send, error } = useCommands();
  // The answer to the last snooze, skip, pause or resume, shown beside the status it changed.
  const [answer, setAnswer] = useState('');
  const running = state.session !== null && state.session.finishedAt === null;
  const now = useNow(running ? 200 : 10_000);
  useTheme(settings?.theme);

  const sessionView = state.session ? viewSession(state.session, now) : null;
  const announcement = usePhaseAnnouncer(sessionView, {
    on: settings?.sound ?? false,
    volume: settings?.volume ?? 0,
  });

  const session = useCallback(
    (command: Parameters<ProtocolMap['session']>[0]) => send('session', command),
    [send],
  );
  const stretch = state.loaded ? (state.suggestion?.stretch ?? null) : null;
  // In a routine, the card shows the step being done.
  const step = state.session?.steps?.[(sessionView?.step?.number ?? 0) - 1];
  const shown = (step && parseStretch(step.stretch)) || stretch;
  const showBanner = asBreakPage && state.schedule?.reminder?.phase === 'showing';
  const snoozes =
    showBanner && state.schedule ? snoozesSince(state.month, state.schedule.intervalStart) : 0;
  // After two snoozes the break page leads with a one-minute stretch.
  const oneMinute = offersOneMinute(snoozes, stretch);
  const start = () => {
    primeChime();
    return session(oneMinute ? 'start-minute' : 'start');
  };

  useShortcuts({
    space: () => {
      if (!sessionView || sessionView.status === 'finished') return start();
      if (sessionView.status === 'running') return session('pause');
      if (sessionView.status === 'paused') return session('resume');
    },
    next: () => send('anotherStretch'),
    // Before the last set, "finish" ends strength work early (core decides): never the 48-hour rest.
    enter: () => sessionView && sessionView.status !== 'finished' && session('finish'),
  });

  // The countdown ran out while this page watched: report it, so the break counts at once rather
  // than when the background's alarm comes round.
  const ranOut = sessionView?.status === 'finished' && state.session?.finishedAt === null;
  useEffect(() => {
    if (ranOut) void session('finish');
  }, [ranOut, session]);

  // The break page goes once its break is over (answered, or let go) and no stretch runs.
  const breakOver =
    asBreakPage &&
    state.loaded &&
    breakIsOver(state.schedule?.reminder ?? null, state.session, now);
  useEffect(() => {
    if (breakOver) window.close();
  }, [breakOver]);

  // The stored schedule may be a minute old (or older, if the worker slept): have it brought up to date.
  useEffect(() => void send('refresh'), [send]);

  // Easier and Harder for the stretch on offer, when the user may do them.
  const links = useStretchLinks(
    state.loaded ? (state.suggestion?.stretch ?? null) : null,
    settings?.equipment,
  );

  const earlyTitle = useEarlyTitle(shown?.id ?? null, state.loaded);

  // The header is static in popup.html; this part waits for the one storage read.
  if (!settings || !state.loaded) return <div class="popup-body" aria-busy="true" />;
  const scheduleView = state.schedule ? describeSchedule(state.schedule, now, settings) : null;
  const today = state.todayFor(now);
  // The end-to-end test build only (dropped from the shipped one): a stretch a test made unrenderable.
  if (import.meta.env.MODE === 'faults' && stretch) testRenderFault('stretch', stretch.id);
  const cue = figureCue(
    state.session?.plan ?? [],
    sessionView && sessionView.status !== 'finished' ? sessionView.phaseNumber - 1 : null,
  );

  const command = async (input: ScheduleCommand, said: string) => {
    await send('schedule', input);
    setAnswer(said);
  };
  const skip = () => command({ type: 'skip' }, 'Break skipped.');
  const breakActions = scheduleView && !running && (
    <BreakActions
      snoozeMinutes={settings.snoozeMinutes}
      skipShown={!oneMinute}
      paused={scheduleView.status === 'paused'}
      onSnooze={() => command({ type: 'snooze' }, `Snoozed for ${settings.snoozeMinutes} min.`)}
      onSkip={skip}
      onPause={(until) => command({ type: 'pause', until }, 'Reminders paused.')}
    />
  );
  // The break just done, named while its panel shows (a strength set is not a stretch).
  const done = sessionView?.status === 'finished' && state.session;
  const lastDone = done
    ? (done.routine ?? (done.stretchId === stretch?.id ? stretch.name : null))
    : null;
  return (
    <div class="popup-body">
      {showBanner && (
        <BreakBanner
          sittingMinutes={scheduleView ? Math.floor(scheduleView.sittingMs / 60_000) : null}
          snoozes={snoozes}
        />
      )}
      {/* First, where popup.html drew the name before any script ran (pages/use-early-title.ts). */}
      {shown && !earlyTitle && (
        <h2 id="stretch-name" class="stretch-title">
          {shown.name}
        </h2>
      )}
      {scheduleView && (
        <ScheduleStatus
          view={scheduleView}
          now={now}
          stretching={running}
          onResume={() => command({ type: 'resume' }, 'Reminders resumed.')}
          onRemindAnyway={() => command({ type: 'remind-anyway' }, 'Reminders on until midnight.')}
        />
      )}
      <p class="answer" role="status">
        {running ? '' : answer}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="live" aria-live="polite" role="status">
        {announcement}
      </div>
      {sessionView && (
        <GuidedSessionPanel
          view={sessionView}
          onPause={() => session('pause')}
          onResume={() => session('resume')}
          onRestart={() => session('restart')}
          onSetDone={() => session('set-done')}
          onFinish={() => session('finish')}
          onEndEarly={() => session('end-early')}
          onClose={() => session('close')}
        />
      )}
      {running && settings.notifications && (
        <p class="cue-note">
          Close this and the cues come as notifications (in Chrome, up to 30 s late).
        </p>
      )}
      {stretch && (
        <div class="stretch-actions">
          {!running && (
            <button type="button" class="primary" onClick={start} aria-keyshortcuts="Space">
              {oneMinute ? 'Start a one-minute stretch' : 'Start stretch'}
            </button>
          )}
          {!running && oneMinute && (
            <button type="button" onClick={skip}>
              Skip this break
            </button>
          )}
          <SuggestionChoices
            {...links}
            onAnother={() => send('anotherStretch')}
            onChoose={(id) => send('anotherStretch', id)}
          />
          {!inWindow && (
            <button
              type="button"
              onClick={async () => {
                await send('popOut');
                window.close();
              }}
            >
              Open in a window
            </button>
          )}
        </div>
      )}
      {breakActions}
      <TodayLine summary={today} last={lastDone} />
      {shown && (
        <StretchCard
          stretch={shown}
          dose={effectiveDose(shown, settings)}
          notice={state.suggestion?.widened ? describeWidened(state.suggestion.widened) : null}
          figureSide={cue.side}
          figurePlay={cue.playKey}
          titleId={earlyTitle ?? 'stretch-name'}
        />
      )}
      {state.suggestion && !stretch && (
        <p class="notice" data-testid="nothing-fits">
          {NOTHING_FITS}{' '}
          <a href="/options.html#health" target="_blank" rel="noreferrer">
            Open the settings
          </a>
        </p>
      )}
      <p class="safety">{SAFETY_LINE}</p>
    </div>
  );
}
