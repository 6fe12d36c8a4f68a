import type { AlertCategory } from '@blueline/core';

/**
 * The official history's numeric categories: 1 rockets and missiles, 2 hostile aircraft
 * intrusion, 10 terrorist infiltration. Everything else (earthquakes, drills, warnings) is
 * `other`.
 */
export function categoryOfOfficial(code: number): AlertCategory {
  if (code === 1) return 'rockets_missiles';
  if (code === 2) return 'hostile_aircraft';
  if (code === 10) return 'infiltration';
  return 'other';
}

const CUMTA_CATEGORIES: Readonly<Record<string, AlertCategory>> = {
  'red alert': 'rockets_missiles',
  'unrecognized aircraft': 'hostile_aircraft',
  'hostile aircraft intrusion': 'hostile_aircraft',
  'terrorist infiltration': 'infiltration',
};

/**
 * Cumta's English threat types: "Red Alert" is the rocket and missile alert, "Unrecognized
 * Aircraft" the hostile-aircraft alert, "Terrorist Infiltration" an infiltration alert;
 * anything else (earthquakes, interception debris) is `other`.
 */
export function categoryOfCumta(threatType: string): AlertCategory {
  return CUMTA_CATEGORIES[threatType.trim().toLowerCase()] ?? 'other';
}
