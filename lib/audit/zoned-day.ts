/** How far the time zone's wall clock is ahead of UTC at the instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wallClock - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant a calendar day ("2026-03-29") begins in the time zone, daylight saving time included. */
export function startOfDay(day: string, timeZone: string): Date {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, date);
  const guess = midnightUtc - offsetAt(midnightUtc, timeZone);
  // The offset at midnight UTC can differ from the one at local midnight on a switch day.
  return new Date(midnightUtc - offsetAt(guess, timeZone));
}

/** The instant the day after the given one begins: the end of a date range that includes its last day. */
export function endOfDay(day: string, timeZone: string): Date {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return startOfDay(next, timeZone);
}
