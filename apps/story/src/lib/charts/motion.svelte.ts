/**
 * Chart transitions: a chart tweens its scales' domains, and every mark, tick and label is
 * computed from the tweened scales, so axes, data and labels move together. Under
 * `prefers-reduced-motion` the tween takes no time.
 */
import { cubicInOut } from 'svelte/easing';
import { prefersReducedMotion, Tween } from 'svelte/motion';

export const CHART_TRANSITION_MS = 600;

/** A tween of a numeric tuple (a domain), following `value`. Call during component setup. */
export function tweened<T extends readonly number[]>(value: () => T): Tween<T> {
  return Tween.of(value, {
    duration: () => (prefersReducedMotion.current ? 0 : CHART_TRANSITION_MS),
    easing: cubicInOut,
  });
}
