/**
 * A window of local clock times with its time zone spelled out, e.g. "14 April 2024, 01:37–02:02
 * Israel time (UTC+3)". Core's alert rules keep such windows in Israel local time, as the alert
 * histories record them; a reader elsewhere needs the zone and its offset on that date.
 */
import { formatLongDate } from './numbers';

/** The zone core's alert windows are written in. */
export const ALERT_TIME_ZONE = { id: 'Asia/Jerusalem', name: 'Israel time' } as const;

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** "UTC+3": the zone's offset at a local time (exact except within a DST change's hour). */
export function utcOffsetAt(localIso: string, timeZone: string): string {
  const guess = new Date(`${localIso}:00Z`);
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(guess)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name.replace('GMT', 'UTC').replace(/^UTC$/, 'UTC+0');
}

/** "14 April 2024, 01:37–02:02 Israel time (UTC+3)"; both ends on the same day or not. */
export function formatLocalWindow(
  from: string,
  to: string,
  zone: { readonly id: string; readonly name: string } = ALERT_TIME_ZONE,
): string {
  const start = LOCAL.exec(from);
  const end = LOCAL.exec(to);
  if (start === null || end === null) {
    throw new Error(`"${from}"–"${to}" is not a YYYY-MM-DDTHH:MM window`);
  }
  const [, startDay = '', startTime = ''] = start;
  const [, endDay = '', endTime = ''] = end;
  const span =
    startDay === endDay
      ? `${formatLongDate(startDay)}, ${startTime}–${endTime}`
      : `${formatLongDate(startDay)}, ${startTime} – ${formatLongDate(endDay)}, ${endTime}`;
  return `${span} ${zone.name} (${utcOffsetAt(from, zone.id)})`;
}

/** "2024-04-14T01:37+03:00": a local time with its offset, for `<time datetime>`. */
export function localDateTime(localIso: string, timeZone: string = ALERT_TIME_ZONE.id): string {
  const match = /^UTC([+-])(\d+)(?::(\d+))?$/.exec(utcOffsetAt(localIso, timeZone));
  const [sign = '+', hours = '0', minutes = '00'] = match?.slice(1) ?? [];
  return `${localIso}${sign}${hours.padStart(2, '0')}:${minutes}`;
}
