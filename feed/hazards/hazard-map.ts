// The mapping file a mine-action officer writes once for their information system's export: which
// property holds each of Homeward's fields, and how its values translate (docs/publishing.md).
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { describeIssues } from '../../src/model/record-schemas';
import { SourceError } from '../read-sources';

const FieldMapSchema = v.object({
  /** The export's property name, e.g. "HAZ_TYPE". */
  property: v.pipe(v.string(), v.minLength(1)),
  /** Export value → Homeward value, e.g. "Confirmed Hazardous Area" → "cha". Without it, values are taken as they are. */
  values: v.optional(v.record(v.string(), v.string())),
  /** Used when a feature has no value for the property. */
  default: v.optional(v.union([v.string(), v.number()])),
});
export type FieldMap = v.InferOutput<typeof FieldMapSchema>;

export const HazardMapSchema = v.object({
  /** Who the records say they come from, e.g. "ANAMA". */
  source: v.pipe(v.string(), v.trim(), v.minLength(1)),
  /** Put before every id, so ids from two systems never meet; default "hz-". */
  idPrefix: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{0,16}$/, 'must be lower-case letters, digits and dashes')), 'hz-'),
  /** [west, south, east, north] in degrees; default: the places of the feed, with half a degree around them. */
  bbox: v.optional(v.tuple([v.number(), v.number(), v.number(), v.number()])),
  fields: v.object({
    id: FieldMapSchema,
    kind: FieldMapSchema,
    status: FieldMapSchema,
    reportedAt: FieldMapSchema,
    verifiedAt: v.optional(FieldMapSchema),
    district: FieldMapSchema,
    radiusM: v.optional(FieldMapSchema),
  }),
  /** Homeward text → the export's property name; languages by suffix: "TITLE_hy", "TITLE_ru"… */
  texts: v.object({ title: v.string(), description: v.string(), advice: v.optional(v.string()) }),
});
export type HazardMap = v.InferOutput<typeof HazardMapSchema>;

/** Reads and checks a mapping file; each problem is one line naming the field. */
export async function readHazardMap(file: string): Promise<HazardMap> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SourceError(`${file}: ${(error as Error).message}`);
  }
  const parsed = v.safeParse(HazardMapSchema, json);
  if (!parsed.success) throw new SourceError(describeIssues(parsed.issues).map((issue) => `${file}: field ${issue}`).join('\n'));
  return parsed.output;
}

/** A feature's value for a mapped field: looked up in `values` when given; undefined when absent. */
export function mappedValue(properties: Readonly<Record<string, unknown>>, field: FieldMap): { raw: unknown; value: unknown } {
  const present = properties[field.property];
  const raw = present === null || present === undefined || present === '' ? field.default : present;
  if (raw === undefined || !field.values) return { raw, value: raw };
  return { raw, value: field.values[String(raw)] };
}
