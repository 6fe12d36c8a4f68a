import type { KeyFigure } from '@blueline/core';
import { formatFigureValue } from './numbers';

/**
 * A key figure as the source worded it, qualifier included: "more than 1 million",
 * "between 92,000 and 110,000". The unit is left to the sentence.
 */
export function formatKeyFigure(
  figure: Pick<KeyFigure, 'value' | 'valueHigh' | 'qualifier'>,
): string {
  const value = formatFigureValue(figure.value);
  switch (figure.qualifier) {
    case 'exactly':
      return value;
    case 'about':
      return `about ${value}`;
    case 'more_than':
      return `more than ${value}`;
    case 'at_least':
      return `at least ${value}`;
    case 'up_to':
      return `up to ${value}`;
    case 'almost':
      return `almost ${value}`;
    case 'range':
      return `between ${value} and ${formatFigureValue(figure.valueHigh ?? figure.value)}`;
  }
}
