/**
 * Matching keys for Home Front Command alert-area names.
 *
 * The same area is spelt several ways across the official history, the Cumta relay and today's
 * area list: Hebrew abbreviations with two apostrophes, a gershayim or a single geresh
 * (דוב''ב, דוב"ב, דוב'ב), hyphens with or without spaces (בת-ים, בת ים), non-breaking spaces,
 * and any letter case in English. A key removes exactly those differences and nothing else, so
 * distinct names (ג'ת and גת) stay distinct.
 */

/** Any run of apostrophes, quotes, gereshes or gershayim, which spell the same thing. */
const QUOTE_RUN = /['"`\u05f3\u05f4\u2018\u2019\u201c\u201d]+/g;
const HYPHEN = /[-\u2010-\u2015]/g;
const SPACE_RUN = /[\s\u00a0]+/g;

/**
 * The key a name is matched by: NFC, quote marks unified, hyphens as spaces, whitespace
 * collapsed, lower case.
 * @example areaKey("דוב''ב") === areaKey("דוב'ב") // true
 * @example areaKey('Safed - City') // 'safed city'
 */
export function areaKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(QUOTE_RUN, "'")
    .replace(HYPHEN, ' ')
    .replace(SPACE_RUN, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Splits the official history's `data` field into area names. Several areas are listed with
 * ", " between them, but some official names contain ", " themselves ("דור, נחשולים"), so the
 * split is greedy: from each position, the longest run of comma-separated parts that is a known
 * name wins; a part that starts no known name stands alone (and will be reported unmatched).
 * @param isKnown whether a candidate name is a known area (or alias).
 */
export function splitAreaList(data: string, isKnown: (name: string) => boolean): string[] {
  const parts = data.split(', ');
  const names: string[] = [];
  let at = 0;
  while (at < parts.length) {
    let taken = 1;
    for (let end = parts.length; end > at + 1; end--) {
      if (isKnown(parts.slice(at, end).join(', '))) {
        taken = end - at;
        break;
      }
    }
    names.push(parts.slice(at, at + taken).join(', '));
    at += taken;
  }
  return names.map((name) => name.trim()).filter((name) => name !== '');
}
