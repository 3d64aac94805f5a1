import { getDay } from 'date-fns';
import type { WorkingHours } from '../settings/defaults';
import type { DayTally } from './day-tally';

// The daily goal counts on working days only: the days switched on in the working-hours editor
// (Monday to Friday unless the user changed them), whether or not reminders keep to the hours.

/** Which weekdays (0 = Sunday, as Date.getDay counts) are working days. */
export function workingWeekdays(hours: WorkingHours): boolean[] {
  return hours.days.map((day) => day.on);
}

export const isWorkingDay = (weekdays: readonly boolean[], day: number) =>
  weekdays[getDay(day)] === true;

export type GoalState = 'met' | 'missed' | 'day-off';

/** Whether a finished day met the goal; days off count neither way. */
export function goalState(tally: DayTally, goal: number, weekdays: readonly boolean[]): GoalState {
  if (!isWorkingDay(weekdays, tally.day)) return 'day-off';
  return tally.taken >= goal ? 'met' : 'missed';
}
