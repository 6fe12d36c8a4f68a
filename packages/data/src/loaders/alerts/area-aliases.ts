/**
 * Hand-checked aliases for alert-area names in the 2023–24 histories that today's area list
 * (eladnava/pikud-haoref-api `cities.json`) no longer uses.
 *
 * Two further rules are applied automatically (see `alert-areas.ts`), so they need no entry:
 * - **merged areas**: the list merged some places into one area named "A, B" ("שדרות, איבים",
 *   "Sderot, Ibim"); the former names A and B map to it. This covers Cumta's "Ibim".
 * - **split cities**: the list split some cities into "X - part" areas ("צפת - עיר",
 *   "Haifa - Bay"); the former city-wide name X maps to the part nearest the parts' centre.
 *
 * Entries below are renames and spellings the rules cannot find. Each maps to the Hebrew name of
 * the current area (Hebrew names are unique in the list; English ones are not). Only places
 * identified with confidence are listed; the rest stay `unmatched-area` and are counted.
 */
export interface AreaAlias {
  /** The name as a history spells it. */
  readonly name: string;
  /** The current area's Hebrew name in `cities.json`. */
  readonly area: string;
  /** Why the two are the same place. */
  readonly why: string;
}

/** Aliases for names in the official (Hebrew) history. */
export const HEBREW_AREA_ALIASES: readonly AreaAlias[] = [
  { name: 'קלע', area: 'קלע אלון', why: 'renamed to its full name, Kela Alon' },
  {
    name: 'אזור תעשייה אכזיב מילואות',
    area: 'איזור תעשייה מילואות צפון',
    why: 'the Achziv–Milouot industrial zone, now listed as Milouot Industrial Zone North',
  },
  {
    name: 'אזור תעשייה חצור הגלילית',
    area: 'חצור הגלילית',
    why: 'the industrial zone has no area of its own now; it adjoins the town',
  },
  {
    name: 'אזור תעשייה טמרה',
    area: 'טמרה',
    why: 'the industrial park has no area of its own now; it adjoins the town',
  },
  { name: "ח'וואלד", area: "כפר ח'וואלד", why: 'renamed Khawaled Village' },
  { name: 'חוואלד', area: "כפר ח'וואלד", why: 'spelling of Khawaled without the geresh' },
  { name: 'כעביה', area: 'כעביה טבאש', why: "merged with Tabbash as Ka'abiyye Tabbash" },
  { name: 'כפר טבאש', area: 'כעביה טבאש', why: "merged with Ka'abiyye as Ka'abiyye Tabbash" },
  { name: 'כמון', area: 'כמון - כמאנה מזרחית', why: 'renamed Kamon – Kamane East' },
  { name: 'מכמנים', area: 'מכמנים - כמאנה מערבית', why: 'renamed Mikhmanim – Kamane West' },
  {
    name: 'כפר הנוער ימין אורד',
    area: 'ניר עציון, ימין אורד',
    why: 'the Yemin Orde youth village, merged with Nir Etzion',
  },
];

/** Aliases for Cumta's English locality names. */
export const CUMTA_AREA_ALIASES: readonly AreaAlias[] = [
  { name: 'Kela', area: 'קלע אלון', why: 'renamed to its full name, Kela Alon' },
  {
    name: 'Achziv Miluot Industrial Zone',
    area: 'איזור תעשייה מילואות צפון',
    why: 'the Achziv–Milouot industrial zone, now Milouot Industrial Zone North',
  },
  {
    name: 'Hatzor HaGlilit Industrial Zone',
    area: 'חצור הגלילית',
    why: 'the industrial zone has no area of its own now; it adjoins the town',
  },
  {
    name: 'Tamra Industiral Park',
    area: 'טמרה',
    why: 'Cumta misspelling; the industrial park adjoins the town and has no area of its own',
  },
  { name: 'Khawaled', area: "כפר ח'וואלד", why: 'renamed Khawaled Village' },
  { name: 'Al Khawaled - West', area: "כפר ח'וואלד", why: 'western part of Khawaled' },
  { name: "Ka'abiyye", area: 'כעביה טבאש', why: "merged with Tabbash as Ka'abiyye Tabbash" },
  { name: 'Kafr Tabbash', area: 'כעביה טבאש', why: "merged with Ka'abiyye" },
  { name: 'Kamon', area: 'כמון - כמאנה מזרחית', why: 'renamed Kamon – Kamane East' },
  { name: 'Mikhmanim', area: 'מכמנים - כמאנה מערבית', why: 'renamed Mikhmanim – Kamane West' },
  { name: 'Har Chalutz', area: 'הר חלוץ', why: 'Cumta spelling of Har Halutz' },
  { name: 'Kiryat Bialik', area: 'קריית ביאליק', why: 'Cumta spelling of Kiryat Biyalik' },
  { name: 'Rumana', area: 'עוזייר, רומאנה', why: 'Cumta spelling of Romana, merged with Uzeir' },
  { name: "Ma'anit", area: 'מענית, גבעת חביבה', why: 'Maanit, merged with Givat Haviva' },
  { name: 'Nir Etzion', area: 'ניר עציון, ימין אורד', why: 'Nir Etsion, merged with Yemin Orde' },
  {
    name: 'Yemin Orde Youth Village',
    area: 'ניר עציון, ימין אורד',
    why: 'the Yemin Orde youth village, merged with Nir Etzion',
  },
  { name: 'Tel Yossef', area: 'עין חרוד, תל יוסף', why: 'Tel Yosef, merged with Ein Harod' },
  { name: 'Shibli', area: "שיבלי אום אלג'נם", why: 'merged with Umm al-Ghanam' },
  { name: 'Umm al-Ghanam', area: "שיבלי אום אלג'נם", why: 'merged with Shibli' },
  { name: 'Herzeliya', area: 'הרצליה - מרכז וגליל ים', why: 'Cumta spelling of Herzliya' },
  {
    name: 'Kafr Misr',
    area: 'כפר מצר',
    why: 'the list gives "Kafr Misr" as the English name of two areas; the Jezreel Valley village is כפר מצר',
  },
];
