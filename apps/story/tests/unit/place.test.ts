import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, textBox, type Box, type LabelRequest } from '$lib/layout/place';

const FRAME: Box = { left: 0, top: 0, right: 200, bottom: 100 };

function box(left: number, top: number, width = 40, height = 12): Box {
  return { left, top, right: left + width, bottom: top + height };
}

function request(
  item: string,
  priority: number,
  boxes: readonly Box[],
): LabelRequest<string, number> {
  return { item, priority, candidates: boxes.map((one, index) => ({ box: one, at: index })) };
}

describe('placeLabels', () => {
  it('places the most important label first, in its natural spot', () => {
    const result = placeLabels(
      [request('minor', 2, [box(10, 10)]), request('key figure', 0, [box(20, 12)])],
      { frame: FRAME },
    );
    expect(result.placed.map((one) => one.item)).toEqual(['key figure']);
    expect(result.dropped).toEqual(['minor']);
  });

  it('nudges a label to its next candidate when the first collides', () => {
    const result = placeLabels(
      [request('first', 0, [box(10, 10)]), request('second', 1, [box(30, 10), box(30, 40)])],
      { frame: FRAME },
    );
    const second = result.placed.find((one) => one.item === 'second');
    expect(second?.choice).toBe(1);
    expect(second?.at).toBe(1);
  });

  it('never places two labels that overlap, or a label outside the frame', () => {
    const requests = Array.from({ length: 30 }, (_, index) =>
      request(`label ${index}`, index % 3, [
        box((index * 17) % 190, (index * 7) % 95),
        box((index * 29) % 190, (index * 13) % 95),
      ]),
    );
    const { placed, dropped } = placeLabels(requests, { frame: FRAME, gap: 0 });
    expect(placed.length + dropped.length).toBe(30);
    for (const one of placed) {
      expect(one.box.left).toBeGreaterThanOrEqual(FRAME.left);
      expect(one.box.right).toBeLessThanOrEqual(FRAME.right);
      expect(one.box.bottom).toBeLessThanOrEqual(FRAME.bottom);
      for (const other of placed) {
        if (other !== one) expect(boxesOverlap(one.box, other.box)).toBe(false);
      }
    }
  });

  it('keeps clear of fixed obstacles, and of marks when it can', () => {
    const result = placeLabels(
      [
        request('a', 0, [box(0, 0), box(0, 30), box(0, 60)]),
        request('b', 1, [box(100, 0), box(100, 30)]),
      ],
      {
        frame: FRAME,
        obstacles: [box(0, 0, 50, 20)],
        softObstacles: [box(0, 25, 50, 20), box(100, 0, 50, 35)],
      },
    );
    // a: the tick label blocks its first spot, a bar its second; the third is clear.
    expect(result.placed.find((one) => one.item === 'a')?.choice).toBe(2);
    // b: both spots touch a bar; it takes the one covering least of it rather than vanish.
    const b = result.placed.find((one) => one.item === 'b');
    expect(b).toBeDefined();
    expect(b?.choice).toBe(1);
  });

  it('drops a label marked onlyClear rather than lay it over marks, and keeps it when clear', () => {
    const marks = { frame: FRAME, softObstacles: [box(100, 0, 50, 35)] };
    const covered = placeLabels(
      [{ ...request('seam', 0, [box(100, 0), box(100, 20)]), onlyClear: true }],
      marks,
    );
    expect(covered.dropped).toEqual(['seam']);
    const clear = placeLabels(
      [{ ...request('seam', 0, [box(100, 0), box(100, 50)]), onlyClear: true }],
      marks,
    );
    expect(clear.placed.map((one) => [one.item, one.choice])).toEqual([['seam', 1]]);
  });

  it('drops a label with no spot inside the frame', () => {
    const result = placeLabels([request('off', 0, [box(190, 95)])], { frame: FRAME });
    expect(result.dropped).toEqual(['off']);
  });
});

describe('textBox', () => {
  it('anchors a text box at its start, middle or end', () => {
    const metrics = { size: 10, advance: 0.5 };
    expect(textBox('abcd', 100, 50, 'start', metrics, 0).left).toBe(100);
    expect(textBox('abcd', 100, 50, 'middle', metrics, 0).left).toBe(90);
    expect(textBox('abcd', 100, 50, 'end', metrics, 0).right).toBe(100);
    expect(textBox('abcd', 100, 50, 'end', metrics, 0).top).toBeLessThan(50);
  });
});
