import { endOfDay, startOfDay } from '@/lib/audit/zoned-day';

describe('startOfDay and endOfDay', () => {
  test.each([
    ['2026-06-15', 'UTC', '2026-06-15T00:00:00.000Z', '2026-06-16T00:00:00.000Z'],
    ['2026-06-15', 'Europe/Berlin', '2026-06-14T22:00:00.000Z', '2026-06-15T22:00:00.000Z'],
    ['2026-01-15', 'Europe/Berlin', '2026-01-14T23:00:00.000Z', '2026-01-15T23:00:00.000Z'],
    // The day clocks go forward (23 hours) and back (25 hours).
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ['2026-06-15', 'America/New_York', '2026-06-15T04:00:00.000Z', '2026-06-16T04:00:00.000Z'],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    ['2026-06-15', 'Asia/Kolkata', '2026-06-14T18:30:00.000Z', '2026-06-15T18:30:00.000Z'],
    ['2026-12-31', 'Pacific/Auckland', '2026-12-30T11:00:00.000Z', '2026-12-31T11:00:00.000Z'],
    ['2028-02-29', 'UTC', '2028-02-29T00:00:00.000Z', '2028-03-01T00:00:00.000Z'],
  ])('%s in %s runs from %s to %s', (day, timeZone, start, end) => {
    expect(startOfDay(day, timeZone).toISOString()).toBe(start);
    expect(endOfDay(day, timeZone).toISOString()).toBe(end);
  });
});
