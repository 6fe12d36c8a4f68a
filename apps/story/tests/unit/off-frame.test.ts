import { describe, expect, it } from 'vitest';
import { eventsBeyondFrame } from '$lib/map/off-frame';

describe('eventsBeyondFrame', () => {
  // World y 0..100 at twice the scale, shifted up by 50: screen y = 2 * cy - 50, frame 0..100.
  const view = { k: 2, x: 0, y: -50 };
  const cells = [{ cy: 10 }, { cy: 24 }, { cy: 26 }, { cy: 74 }, { cy: 76 }, { cy: 90 }];

  it('counts the events of cells centred above and below the frame, not those inside', () => {
    const totals = { cells: [0, 1, 2, 3, 4, 5], counts: [5, 7, 100, 200, 11, 13] };
    expect(eventsBeyondFrame(cells, totals, view, 100)).toEqual({ north: 12, south: 24 });
  });

  it('counts only the cells the totals name, and nothing for an unknown cell', () => {
    const totals = { cells: [1, 5, 42], counts: [7, 13, 1000] };
    expect(eventsBeyondFrame(cells, totals, view, 100)).toEqual({ north: 7, south: 13 });
  });
});
