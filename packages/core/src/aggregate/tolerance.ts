import type { Tolerance } from '../schemas/snapshot.js';

/**
 * Whether a reproduced number agrees with a published one under a tolerance:
 * `relative` within ±value×published, `absolute` within ±value, `exceeds` strictly above a
 * published floor ("more than 700").
 * @example withinTolerance(850, 700, { kind: 'exceeds' }) // true
 * @example withinTolerance(4.5, 4, { kind: 'absolute', value: 1 }) // true
 */
export function withinTolerance(
  reproduced: number,
  published: number,
  tolerance: Tolerance,
): boolean {
  switch (tolerance.kind) {
    case 'relative':
      return Math.abs(reproduced - published) <= tolerance.value * Math.abs(published);
    case 'absolute':
      return Math.abs(reproduced - published) <= tolerance.value;
    case 'exceeds':
      return reproduced > published;
  }
}
