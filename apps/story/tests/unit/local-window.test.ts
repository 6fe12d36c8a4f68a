import { describe, expect, it } from 'vitest';
import { formatLocalWindow, localDateTime, utcOffsetAt } from '$lib/format/local-window';

describe('alert windows with their time zone', () => {
  it('prints Israel summer time as UTC+3 and winter time as UTC+2', () => {
    expect(utcOffsetAt('2024-04-14T01:37', 'Asia/Jerusalem')).toBe('UTC+3');
    expect(utcOffsetAt('2024-01-02T12:00', 'Asia/Jerusalem')).toBe('UTC+2');
  });

  it('prints a window within one day', () => {
    expect(formatLocalWindow('2024-10-01T19:26', '2024-10-01T20:03')).toBe(
      '1 October 2024, 19:26–20:03 Israel time (UTC+3)',
    );
  });

  it('prints a window across midnight with both dates', () => {
    expect(formatLocalWindow('2024-04-13T23:50', '2024-04-14T00:10')).toBe(
      '13 April 2024, 23:50 – 14 April 2024, 00:10 Israel time (UTC+3)',
    );
  });

  it('gives <time> a machine-readable local time with its offset', () => {
    expect(localDateTime('2024-04-14T01:37')).toBe('2024-04-14T01:37+03:00');
    expect(localDateTime('2024-01-02T12:00')).toBe('2024-01-02T12:00+02:00');
    expect(localDateTime('2024-01-02T12:00', 'UTC')).toBe('2024-01-02T12:00+00:00');
  });

  it('refuses a malformed time', () => {
    expect(() => formatLocalWindow('2024-10-01 19:26', '2024-10-01T20:03')).toThrow(/window/);
  });
});
