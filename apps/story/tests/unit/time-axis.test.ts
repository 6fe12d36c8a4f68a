import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { monthTicks } from '$lib/charts/time';

describe('monthTicks', () => {
  it('gives each month once when the domain starts mid-December (as during a transition)', () => {
    const scale = scaleUtc()
      .domain([new Date(Date.UTC(2023, 11, 15, 6)), new Date(Date.UTC(2024, 3, 1))])
      .range([0, 800]);
    const ticks = monthTicks(scale, 800);
    expect(ticks.map((tick) => tick.label)).toEqual(['Jan 2024', 'Feb', 'Mar', 'Apr']);
    expect(new Set(ticks.map((tick) => tick.x)).size).toBe(ticks.length);
  });
});
