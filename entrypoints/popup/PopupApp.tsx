import { useSettings } from '../../pages/use-settings';

export function PopupApp() {
  const settings = useSettings();
  return (
    <main class="popup">
      <header>
        <img src="/icon/32.png" alt="" width={32} height={32} />
        <h1>Stand Up &amp; Stretch</h1>
      </header>
      {settings && (
        <p data-testid="interval-line">
          Reminders come after {settings.intervalMinutes} minutes of sitting.
        </p>
      )}
      <a href="/options.html" target="_blank" rel="noreferrer">
        Settings
      </a>
    </main>
  );
}
