import { type Choice, RadioGroup } from '../../../components/RadioGroup';
import { SettingsSection } from '../../../components/SettingsSection';
import { ShortcutSetting } from '../../../components/ShortcutSetting';
import { WorkingHoursEditor } from '../../../components/WorkingHoursEditor';
import type { BreakStyle } from '../../../core/settings/settings';
import type { SettingsForm } from '../../../pages/use-settings-form';
import { NumberSetting } from './NumberSetting';
import { ToggleSetting } from './ToggleSetting';

const BREAK_STYLE_CHOICES: readonly Choice<BreakStyle>[] = [
  { value: 'gentle', label: 'Gentle', detail: 'A notification only.' },
  {
    value: 'standard',
    label: 'Standard',
    detail:
      'A notification; if it goes unanswered while you are at the computer, the break page opens.',
  },
  {
    value: 'insistent',
    label: 'Insistent',
    detail: 'The break page opens as soon as the break is due.',
  },
];

/** How insistent a break is, and for the standard style how long the notification waits. */
export function BreakStyleSetting({ form }: { form: SettingsForm }) {
  return (
    <>
      <RadioGroup
        legend="Break style"
        hint="The break page is the stretch in a window of its own, in front of your work. A fullscreen app (a video, a presentation) may still keep it behind until you leave fullscreen. Default: standard."
        choices={BREAK_STYLE_CHOICES}
        value={form.value('breakStyle')}
        error={form.errors.breakStyle}
        onChange={(style) => form.change('breakStyle', style)}
      />
      {form.value('breakStyle') === 'standard' && (
        <NumberSetting
          form={form}
          setting="breakPageAfterMinutes"
          label="Open the break page after the notification has waited"
          hint="Only while you are at the computer."
        />
      )}
    </>
  );
}

/** The reminder interval, with its quick choices. */
export function IntervalSetting({ form }: { form: SettingsForm }) {
  return (
    <NumberSetting
      form={form}
      setting="intervalMinutes"
      label="Remind me after sitting for"
      hint="Counts active time at the computer only."
      quickChoices={[20, 30, 45, 60]}
    />
  );
}

/** When reminders come: the interval, what counts as a break, snoozing and repeats. */
export function RemindersSection({ form }: { form: SettingsForm }) {
  return (
    <SettingsSection id="reminders" title="Reminders">
      <IntervalSetting form={form} />
      <BreakStyleSetting form={form} />
      <NumberSetting
        form={form}
        setting="naturalBreakMinutes"
        label="Count time away as a break after"
        hint="Being idle or locked this long resets your sitting time, as a stretch would."
      />
      <NumberSetting
        form={form}
        setting="snoozeMinutes"
        label="Snooze for"
        hint="How long “Snooze” puts a reminder off; an ignored reminder also comes back after this long."
      />
      <NumberSetting
        form={form}
        setting="repeatIgnored"
        label="Bring back an ignored reminder"
        hint="After this many repeats it counts as missed and a new interval starts."
      />
      <NumberSetting
        form={form}
        setting="dailyGoal"
        label="Daily goal"
        hint="Breaks to take on a working day, for the streak on the Progress page; days that are not working days count neither way."
        quickChoices={[4, 6, 8]}
      />
      <ToggleSetting
        form={form}
        setting="weeklySummary"
        label="Weekly summary"
        hint="One notification on your first working day of the week: the breaks you took the week before and the days that met your goal."
      />
      <p class="hint">
        <a href="/progress.html">See your progress</a>: breaks taken, streak and balance per area.
      </p>
      <ShortcutSetting />
    </SettingsSection>
  );
}

/** When reminders wait: working hours and the things not to interrupt. */
export function QuietTimesSection({ form }: { form: SettingsForm }) {
  return (
    <SettingsSection
      id="quiet-times"
      title="Working hours and interruptions"
      intro="Reminders wait rather than get in the way; they never wait longer than you allow."
    >
      <WorkingHoursSetting form={form} />
      <ToggleSetting
        form={form}
        setting="deferWhenFullscreen"
        label="Don't interrupt fullscreen windows"
        hint="Waits while a browser window is fullscreen, such as a video or a presentation."
      />
      <ToggleSetting
        form={form}
        setting="deferWhenAudible"
        label="Don't interrupt tabs playing audio"
        hint="Waits while a tab plays sound, such as a call or music. A call has quiet moments, so the break comes once no tab has played sound for two minutes."
      />
      <NumberSetting
        form={form}
        setting="maxDeferMinutes"
        label="Wait at most"
        hint="After this long the reminder shows anyway; 0 never waits."
      />
    </SettingsSection>
  );
}

/** Working hours per weekday. */
export function WorkingHoursSetting({ form }: { form: SettingsForm }) {
  return (
    <WorkingHoursEditor
      value={form.value('workingHours')}
      error={form.errors.workingHours}
      onChange={(value) => form.change('workingHours', value)}
    />
  );
}
