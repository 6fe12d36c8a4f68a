import { readFile } from 'node:fs/promises';
import {
  haversineKm,
  InputError,
  problemsFromZod,
  RowTally,
  type RowCounts,
  type SourceFile,
} from '@blueline/core';
import { z } from 'zod';
import { describeFile } from '../files.js';
import { CUMTA_AREA_ALIASES, HEBREW_AREA_ALIASES, type AreaAlias } from './area-aliases.js';
import { areaKey } from './area-names.js';

/** One entry of the HFC area list, as far as the project uses it. */
const AreaEntrySchema = z.object({
  id: z.number().int().nonnegative(),
  name: z.string(),
  name_en: z.string(),
  zone_en: z.string(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/** An HFC alert area with its centroid. */
export interface AlertArea {
  readonly id: number;
  /** Hebrew name, as HFC writes it. */
  readonly name: string;
  readonly nameEn: string;
  /** HFC zone, in English (e.g. "Confrontation Line"). */
  readonly zone: string;
  readonly lat: number;
  readonly lon: number;
}

/** How a name was matched, for the provenance notes. */
export type AreaMatch = 'exact' | 'alias' | 'merged-area' | 'split-city';

/** Looks up alert areas by Hebrew (official history) or English (Cumta) name. */
export interface AlertAreaIndex {
  readonly areas: readonly AlertArea[];
  readonly source: SourceFile;
  /** Entries read; the placeholder entry is rejected as `placeholder`. */
  readonly counts: RowCounts;
  /** Whether a Hebrew name resolves to an area (no counting; for splitting area lists). */
  knowsHebrew(name: string): boolean;
  /** The area a Hebrew name refers to, or `undefined`. */
  byHebrew(name: string): AlertArea | undefined;
  /** The area an English name refers to (case-insensitive), or `undefined`. */
  byEnglish(name: string): AlertArea | undefined;
  /** How many lookups were resolved by each rule (exact, alias, merged, split). */
  matchCounts(): Readonly<Record<AreaMatch, number>>;
  /** Names that are ambiguous in the list and resolve only through an alias. */
  readonly ambiguous: readonly string[];
  /** Aliases whose target area is not in this list (so they never apply). */
  readonly unusedAliases: readonly string[];
}

type Resolved = { readonly area: AlertArea; readonly how: AreaMatch } | null;

/**
 * Builds the lookup for one language: exact names first, then the rules for merged areas
 * ("A, B" answers to A and to B) and split cities ("X - part" answers to X, as the part nearest
 * the parts' centre), then the hand-checked aliases, which win over everything but an exact
 * unambiguous name.
 */
function buildLookup(
  areas: readonly AlertArea[],
  nameOf: (area: AlertArea) => string,
  aliases: readonly AreaAlias[],
  byHebrewName: ReadonlyMap<string, AlertArea>,
  ambiguous: string[],
  unusedAliases: string[],
): Map<string, Resolved> {
  const lookup = new Map<string, Resolved>();
  const exactCount = new Map<string, number>();
  for (const area of areas) {
    const key = areaKey(nameOf(area));
    exactCount.set(key, (exactCount.get(key) ?? 0) + 1);
  }
  for (const area of areas) {
    const key = areaKey(nameOf(area));
    if (exactCount.get(key) === 1) lookup.set(key, { area, how: 'exact' });
    else if (!lookup.has(key)) {
      lookup.set(key, null);
      ambiguous.push(nameOf(area));
    }
  }
  const derived = new Map<string, Resolved>();
  const offer = (key: string, resolved: Resolved): void => {
    if (lookup.has(key)) return;
    // Two areas claiming one former name: ambiguous, leave it unmatched.
    derived.set(key, derived.has(key) ? null : resolved);
  };
  for (const area of areas) {
    const parts = nameOf(area).split(/\s*,\s+/);
    if (parts.length > 1)
      for (const part of parts) offer(areaKey(part), { area, how: 'merged-area' });
  }
  const cityParts = new Map<string, AlertArea[]>();
  for (const area of areas) {
    const match = /^(.+?)\s+-\s+\S/.exec(nameOf(area));
    if (match?.[1] === undefined) continue;
    const city = areaKey(match[1]);
    cityParts.set(city, [...(cityParts.get(city) ?? []), area]);
  }
  for (const [city, parts] of cityParts) {
    const lat = parts.reduce((sum, part) => sum + part.lat, 0) / parts.length;
    const lon = parts.reduce((sum, part) => sum + part.lon, 0) / parts.length;
    const central = [...parts].sort(
      (a, b) =>
        haversineKm(a.lon, a.lat, lon, lat) - haversineKm(b.lon, b.lat, lon, lat) || a.id - b.id,
    )[0];
    if (central !== undefined && !lookup.has(city))
      derived.set(city, { area: central, how: 'split-city' });
  }
  for (const [key, resolved] of derived) lookup.set(key, resolved);
  for (const alias of aliases) {
    const area = byHebrewName.get(alias.area);
    // An alias whose area is not in this list cannot apply; it is reported, not fatal.
    if (area === undefined) {
      unusedAliases.push(alias.name);
      continue;
    }
    const key = areaKey(alias.name);
    if (lookup.get(key)?.how !== 'exact') lookup.set(key, { area, how: 'alias' });
  }
  return lookup;
}

/**
 * Loads the HFC alert-area list (`cities.json`: id, Hebrew and English names, zone, centroid)
 * and indexes it for both alert histories. The placeholder entry ("Select All", at 0, 0) is
 * skipped.
 * @throws {InputError} when the file is missing, is not JSON, or an entry is malformed (named
 * by its index in the list).
 */
export async function loadAlertAreas(file: string): Promise<AlertAreaIndex> {
  const source = await describeFile(file);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(
      [
        {
          field: '',
          message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
      { file, line: 0 },
    );
  }
  if (!Array.isArray(json)) {
    throw new InputError([{ field: '', message: 'expected a JSON array of areas' }], {
      file,
      line: 0,
    });
  }
  const areas: AlertArea[] = [];
  const tally = new RowTally();
  json.forEach((entry: unknown, index) => {
    tally.readRow();
    const parsed = AreaEntrySchema.safeParse(entry);
    if (!parsed.success) {
      const problems = problemsFromZod(parsed.error).map((problem) => ({
        field: `[${String(index)}].${problem.field}`,
        message: problem.message,
      }));
      throw new InputError(problems, { file, line: 0 });
    }
    const area = parsed.data;
    if (area.id === 0 || (area.lat === 0 && area.lng === 0)) {
      tally.reject('placeholder');
      return;
    }
    tally.keep();
    areas.push({
      id: area.id,
      name: area.name.trim(),
      nameEn: area.name_en.trim(),
      zone: area.zone_en.trim(),
      lat: area.lat,
      lon: area.lng,
    });
  });
  areas.sort((a, b) => a.id - b.id);
  const byHebrewName = new Map(areas.map((area) => [area.name, area]));
  const ambiguous: string[] = [];
  const unusedAliases: string[] = [];
  const hebrew = buildLookup(
    areas,
    (area) => area.name,
    HEBREW_AREA_ALIASES,
    byHebrewName,
    ambiguous,
    unusedAliases,
  );
  const english = buildLookup(
    areas,
    (area) => area.nameEn,
    CUMTA_AREA_ALIASES,
    byHebrewName,
    ambiguous,
    unusedAliases,
  );
  const counts: Record<AreaMatch, number> = {
    exact: 0,
    alias: 0,
    'merged-area': 0,
    'split-city': 0,
  };
  const find = (lookup: Map<string, Resolved>, name: string): AlertArea | undefined => {
    const resolved = lookup.get(areaKey(name));
    if (resolved === undefined || resolved === null) return undefined;
    counts[resolved.how]++;
    return resolved.area;
  };
  return {
    areas,
    source,
    counts: tally.counts(),
    knowsHebrew: (name) => (hebrew.get(areaKey(name)) ?? null) !== null,
    byHebrew: (name) => find(hebrew, name),
    byEnglish: (name) => find(english, name),
    matchCounts: () => ({ ...counts }),
    ambiguous,
    unusedAliases,
  };
}
