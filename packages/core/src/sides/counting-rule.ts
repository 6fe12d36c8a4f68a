import { InvalidArgumentError } from '../errors.js';
import type { IncidentKind, LocationPrecision } from '../schemas/incident.js';
import type { Belligerent, Side } from '../schemas/side.js';

/**
 * Which ACLED events count as a side's strikes. CSIS counted "violent incidents related to the
 * Israel–Hezbollah conflict"; in ACLED's taxonomy the fighting itself is "Explosions/Remote
 * violence" (air and drone strikes, shelling, remote explosives) and "Battles" (armed clashes).
 * "Strategic developments" (e.g. disrupted weapons use, looting) and "Violence against
 * civilians" are left out: they are not exchanges of fire across the line.
 */
export interface CountingRule {
  /** The side the rule is for. */
  readonly side: Belligerent;
  /** ACLED `event_type` values that count as that side's strikes. */
  readonly eventTypes: readonly string[];
  /** The rule in words, for the methods section. */
  readonly description: string;
}

/** The default counting rules for both belligerents. */
export const DEFAULT_COUNTING_RULES: Readonly<Record<Belligerent, CountingRule>> = {
  israel: {
    side: 'israel',
    eventTypes: ['Explosions/Remote violence', 'Battles'],
    description:
      'Israeli strikes: events whose actor maps to Israel and whose ACLED event type is "Explosions/Remote violence" or "Battles".',
  },
  hezbollah: {
    side: 'hezbollah',
    eventTypes: ['Explosions/Remote violence', 'Battles'],
    description:
      'Hezbollah attacks: events whose actor 1 or first matching associated actor is Hezbollah and whose ACLED event type is "Explosions/Remote violence" or "Battles". Other Lebanon-based armed groups (Hamas, PIJ, Amal, "(Lebanon)" militias) and the Islamic Resistance in Iraq (which fires from Iraq) are not Hezbollah and are not counted.',
  },
};

/**
 * Whether an event of `side` and ACLED `eventType` counts under the rules. Sides without a rule
 * (Iran, other) never count.
 */
export function countsAsStrike(
  event: { readonly side: Side; readonly eventType: string },
  rules: Readonly<Partial<Record<Side, CountingRule>>> = DEFAULT_COUNTING_RULES,
): boolean {
  const rule = rules[event.side];
  return rule !== undefined && rule.eventTypes.includes(event.eventType);
}

/**
 * Whether a counted ACLED event marks ground fighting in Lebanon: an armed clash (ACLED
 * "Battles") between Israel and Hezbollah, whichever of them ACLED lists first, that the Blue
 * Line places on the Lebanese side. The map of the ground war draws these, not only more strikes.
 * @example countsAsGroundClash({ side: 'hezbollah', kind: 'armed_clash', lineSide: 'lebanon' }) // true
 */
export function countsAsGroundClash(event: {
  readonly side: Side;
  readonly kind: IncidentKind | null;
  /** Which side of the Blue Line the event lies on (core `BlueLineMeasure.locate`). */
  readonly lineSide: Belligerent | 'lebanon' | 'israel' | null;
}): boolean {
  return (
    (event.side === 'israel' || event.side === 'hezbollah') &&
    event.kind === 'armed_clash' &&
    event.lineSide === 'lebanon'
  );
}

// A Map, not an object literal: a sub-event type such as "constructor" must not find
// Object.prototype members.
const KIND_BY_SUB_EVENT: ReadonlyMap<string, IncidentKind> = new Map<string, IncidentKind>([
  ['Air/drone strike', 'air_drone_strike'],
  ['Shelling/artillery/missile attack', 'shelling_artillery_missile'],
  ['Armed clash', 'armed_clash'],
  ['Government regains territory', 'armed_clash'],
  ['Non-state actor overtakes territory', 'armed_clash'],
  ['Remote explosive/landmine/IED', 'remote_explosive'],
  ['Grenade', 'remote_explosive'],
  ['Suicide bomb', 'remote_explosive'],
  ['Attack', 'attack'],
]);

/**
 * The normalised kind of an ACLED event from its event and sub-event type: the sub-event type
 * decides where it is known; otherwise "Strategic developments" and "Battles" decide by event
 * type, and anything else is `unspecified`.
 * @example incidentKindOf('Explosions/Remote violence', 'Air/drone strike') // 'air_drone_strike'
 */
export function incidentKindOf(eventType: string, subEventType: string): IncidentKind {
  const bySub = KIND_BY_SUB_EVENT.get(subEventType);
  if (bySub !== undefined) return bySub;
  if (eventType === 'Strategic developments') return 'strategic_development';
  if (eventType === 'Battles') return 'armed_clash';
  return 'unspecified';
}

/**
 * ACLED `geo_precision` as a normalised precision: 1 = the town itself, 2 = near a town or part
 * of a region, 3 = only a larger region (ACLED then uses a regional capital).
 * @throws {InvalidArgumentError} for any other code: an unknown precision is not guessed at.
 */
export function precisionOfAcled(geoPrecision: number): LocationPrecision {
  if (geoPrecision === 1) return 'point';
  if (geoPrecision === 2) return 'area';
  if (geoPrecision === 3) return 'province';
  throw new InvalidArgumentError('geoPrecision', `${geoPrecision} is not an ACLED code 1–3`);
}

/**
 * UCDP `where_prec` as a normalised precision: 1 exact, 2 within ~25 km, 3 ADM2 centroid,
 * 4 ADM1 centroid, 5 fuzzy region, 6 country, 7 sea or air.
 * @throws {InvalidArgumentError} for any other code.
 */
export function precisionOfUcdp(wherePrecision: number): LocationPrecision {
  if (wherePrecision === 1) return 'point';
  if (wherePrecision === 2) return 'area';
  if (wherePrecision === 3) return 'district';
  if (wherePrecision === 4 || wherePrecision === 5) return 'province';
  if (wherePrecision === 6 || wherePrecision === 7) return 'country';
  throw new InvalidArgumentError('wherePrecision', `${wherePrecision} is not a UCDP code 1–7`);
}

/**
 * ACLED's offshore placeholder locations: events it cannot place on land (fire at ships, a
 * sailor killed at sea, "no location specified" maritime events) get a fixed point far out at
 * sea. Such a point is no landing site, so the event counts in weekly totals but gets no
 * distance and no hex cell.
 */
export const ACLED_OFFSHORE_LOCATIONS: readonly string[] = ['Eastern Mediterranean Sea'];

/**
 * Whether an ACLED `location` is an offshore placeholder (see {@link ACLED_OFFSHORE_LOCATIONS}).
 * @example isOffshoreAcledLocation('Eastern Mediterranean Sea') // true
 */
export function isOffshoreAcledLocation(
  location: string | null,
  offshore: readonly string[] = ACLED_OFFSHORE_LOCATIONS,
): boolean {
  return location !== null && offshore.includes(location.trim());
}

/**
 * Whether a location is precise enough to draw as a strike site or to measure a distance from.
 * Province and country centroids are not: a country centroid 50 km from the line says nothing
 * about where a strike fell.
 */
export function isMappable(precision: LocationPrecision): boolean {
  return precision === 'point' || precision === 'area' || precision === 'district';
}
