import { z } from 'zod';
import { IsoDateSchema, LatitudeSchema, LongitudeSchema } from './primitives.js';

/** A citation: who published what, when. A URL only where it is certain. */
export const SourceRefSchema = z.object({
  outlet: z.string().min(1),
  date: IsoDateSchema,
  headline: z.string().min(1),
  author: z.string().min(1).optional(),
  url: z.url().optional(),
});
/** A citation: outlet, date, headline, optional author and URL. */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** Tags used to filter the timeline. */
export const KEY_EVENT_TAGS = [
  'hezbollah-fire',
  'israeli-strike',
  'targeted-killing',
  'ground-operation',
  'covert-operation',
  'civilians',
  'displacement',
  'diplomacy',
  'ceasefire',
  'gaza',
  'iran',
  'united-nations',
  'escalation',
  'background',
] as const;
/** A timeline tag. */
export const KeyEventTagSchema = z.enum(KEY_EVENT_TAGS);
/** A timeline tag. */
export type KeyEventTag = z.infer<typeof KeyEventTagSchema>;

/** A named place with coordinates. */
export const PlaceSchema = z.object({
  name: z.string().min(1),
  lat: LatitudeSchema,
  lon: LongitudeSchema,
});
/** A named place with coordinates. */
export type Place = z.infer<typeof PlaceSchema>;

/** One dated event in the story's timeline, written fresh and sourced. */
export const KeyEventSchema = z
  .object({
    /** URL-safe slug, unique in the timeline. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
    date: IsoDateSchema,
    /** Last day, for events that span several days (e.g. the Nov 2023 truce). */
    endDate: IsoDateSchema.optional(),
    title: z.string().min(3).max(90),
    /** One to three sentences. */
    summary: z.string().min(20).max(600),
    place: PlaceSchema.optional(),
    tags: z.array(KeyEventTagSchema).min(1),
    sources: z.array(SourceRefSchema).min(1),
  })
  .refine((event) => event.endDate === undefined || event.endDate >= event.date, {
    message: 'endDate is before date',
    path: ['endDate'],
  });
/** One dated event in the story's timeline. */
export type KeyEvent = z.infer<typeof KeyEventSchema>;

/** How a figure's value should be read. */
export const FIGURE_QUALIFIERS = [
  'exactly',
  'about',
  'more_than',
  'at_least',
  'up_to',
  'almost',
  'range',
] as const;
/** How a figure's value should be read. */
export const FigureQualifierSchema = z.enum(FIGURE_QUALIFIERS);
/** How a figure's value should be read. */
export type FigureQualifier = z.infer<typeof FigureQualifierSchema>;

/** A sourced number quoted in the story (displacement, deaths, arsenal, troop strength…). */
export const KeyFigureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
    label: z.string().min(3),
    value: z.number(),
    /** Upper bound when {@link qualifier} is `range`. */
    valueHigh: z.number().optional(),
    unit: z.string().min(1),
    qualifier: FigureQualifierSchema,
    /** The date the figure describes. */
    asOf: IsoDateSchema,
    /** The period it covers, when it is a count over time. */
    period: z.object({ from: IsoDateSchema, to: IsoDateSchema }).optional(),
    source: SourceRefSchema,
    note: z.string().optional(),
  })
  .refine((f) => (f.qualifier === 'range') === (f.valueHigh !== undefined), {
    message: 'valueHigh is required for, and only for, a range',
    path: ['valueHigh'],
  });
/** A sourced number quoted in the story. */
export type KeyFigure = z.infer<typeof KeyFigureSchema>;
