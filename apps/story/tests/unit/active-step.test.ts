import { describe, expect, it } from 'vitest';
import { activeStepAt } from '$lib/scroll/active-step';

describe('activeStepAt', () => {
  it('is null before the first step reaches the trigger line', () => {
    expect(activeStepAt([500, 1300], 480)).toBeNull();
    expect(activeStepAt([], 480)).toBeNull();
  });

  it('is the last step whose top has crossed the line', () => {
    expect(activeStepAt([100, 900, 1700], 480)).toBe(0);
    expect(activeStepAt([-900, -100, 480], 480)).toBe(2);
    expect(activeStepAt([-2000, -1200, -400], 480)).toBe(2);
  });
});
