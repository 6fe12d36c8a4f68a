import { describe, expect, it } from 'vitest';
import { resolveParts, resolveTemplate, slotsOf, templateFactory } from '$lib/copy/template';

describe('copy templates', () => {
  const t = templateFactory<'a' | 'b'>();

  it('lists the placeholders in order', () => {
    expect(slotsOf(t('{a} then {b} then {a}'))).toEqual(['a', 'b', 'a']);
  });

  it('resolves placeholders and marks which text came from values', () => {
    const parts = resolveParts(t('x {a} y'), { a: '1', b: '2' });
    expect(parts).toEqual([
      { kind: 'text', text: 'x ' },
      { kind: 'value', key: 'a', text: '1' },
      { kind: 'text', text: ' y' },
    ]);
    expect(resolveTemplate(t('{b}{a}'), { a: '1', b: '2' })).toBe('21');
  });

  it('refuses a placeholder without a value', () => {
    expect(() => resolveTemplate('{c}', { a: '1', b: '2' })).toThrow('{c}');
  });
});
