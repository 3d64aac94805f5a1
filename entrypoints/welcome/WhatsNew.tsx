import type { Settings } from '../../core/settings/settings';

const STYLE_NAMES = { gentle: 'gentle', standard: 'standard', insistent: 'insistent' } as const;

/**
 * Shown once after an update from a version before these features. Someone who came from the
 * notification-only reminder keeps it (core/settings/update-rules.ts) until they choose.
 */
export function WhatsNew({ settings }: { settings: Settings }) {
  return (
    <>
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>What’s new in Stand Up &amp; Stretch</h1>
      </header>
      <main class="options welcome">
        <section class="welcome-intro" aria-labelledby="new-heading">
          <h2 id="new-heading">Since your last version</h2>
          <ul>
            <li>
              <strong>Break styles.</strong> Gentle is the notification alone, as before. Standard
              opens the break page when a notification has waited a couple of minutes; insistent
              opens it as soon as the break is due. Yours is{' '}
              <strong data-testid="current-style">{STYLE_NAMES[settings.breakStyle]}</strong>
              {settings.breakStyle === 'gentle' ? ', as you had it.' : '.'}
            </li>
            <li>
              <strong>Start means start.</strong> “Start stretch” in the notification begins the
              stretch at once, in a window that stays open while you are on the floor.
            </li>
            <li>
              <strong>A picture of every exercise,</strong> with what “right side” means for it.
            </li>
            <li>
              <strong>A safety screen and your equipment.</strong> Tell it about pregnancy, a joint
              replacement, recent surgery, osteoporosis or pain, and what you have at hand; what
              does not suit is never offered. The answers stay on this device.
            </li>
            <li>
              <strong>The Stretches page,</strong> to browse every exercise and start any one, and
              easier and harder versions in the popup.
            </li>
          </ul>
        </section>
        <nav class="welcome-actions" aria-label="Next">
          <a class="button primary" href="/options.html#reminders">
            Choose your break style
          </a>
          <a href="/stretches.html">Browse the stretches</a>
          <a href="/welcome.html">Show the welcome page</a>
        </nav>
      </main>
    </>
  );
}
