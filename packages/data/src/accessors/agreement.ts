import type { AgreementSnapshot } from '@blueline/core';
import data from '../../snapshot/agreement.json' with { type: 'json' };

/**
 * `agreement.json`: How ACLED and UCDP compare week by week where both cover the dates.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const agreement: AgreementSnapshot = data as AgreementSnapshot;
