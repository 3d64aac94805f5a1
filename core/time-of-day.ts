/**
 * 'HH:mm' on a 24-hour clock, 00:00 to 23:59: exactly what <input type="time"> sends (it cannot
 * produce 24:00, and neither can the 'HH:mm' of date-fns). "24:00" is refused rather than read as
 * the end of the day: a stored value the options page could not show would be a trap, and working
 * until midnight will be written as an end of 00:00 once working hours may cross midnight.
 */
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a 'HH:mm' time of day (0 to 1439), or null when it is not one. */
export function parseTimeOfDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = TIME_OF_DAY.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
