import type { ComponentChildren } from 'preact';

interface SettingsSectionProps {
  /** Also the fragment the page's contents list links to. */
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

/** A titled group of settings; the heading names the region for landmark navigation. */
export function SettingsSection({ id, title, intro, children }: SettingsSectionProps) {
  return (
    <section id={id} class="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="section-intro">{intro}</p>}
      {children}
    </section>
  );
}
