// The schemas of the files a feed is made of: dataset files, deltas and the manifest. Each is
// derived from the dataset registry, so a new dataset needs no line here.
import * as v from 'valibot';
import * as RecordSchemas from './record-schemas';
import { DATASET_NAMES, tableInfo, tablesOf, type DatasetName, type DatasetTables, type TableName, type TableRecords } from './datasets';

const { RecordIdSchema, IsoTimestampSchema, KeyIdSchema } = RecordSchemas;

/** The schema of one table's records, from the registry's schema name. */
export function recordSchema(table: TableName): v.GenericSchema {
  return RecordSchemas[tableInfo(table)!.schema] as v.GenericSchema;
}

const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1));

function datasetFileSchema(name: DatasetName) {
  return v.object({
    dataset: v.literal(name),
    version: positiveInteger,
    tables: v.object(Object.fromEntries(tablesOf(name).map((table) => [table, v.array(recordSchema(table))]))),
  });
}

/** A full dataset file as published: `{ dataset, version, tables: { <table>: [records…] } }`. */
export const DATASET_FILE_SCHEMAS = Object.fromEntries(DATASET_NAMES.map((name) => [name, datasetFileSchema(name)])) as Record<
  DatasetName,
  ReturnType<typeof datasetFileSchema>
>;

export type DatasetFile<D extends DatasetName = DatasetName> = {
  dataset: D;
  version: number;
  tables: DatasetTables<D>;
};

function deltaFileSchema(name: DatasetName) {
  return v.object({
    dataset: v.literal(name),
    from: positiveInteger,
    to: v.pipe(v.number(), v.integer(), v.minValue(2)),
    tables: v.object(
      Object.fromEntries(tablesOf(name).map((table) => [table, v.optional(v.object({ upserts: v.array(recordSchema(table)), deletes: v.array(RecordIdSchema) }))])),
    ),
  });
}

/** A delta file: the record-level changes that take a dataset from version `from` to `to`. */
export const DELTA_FILE_SCHEMAS = Object.fromEntries(DATASET_NAMES.map((name) => [name, deltaFileSchema(name)])) as Record<
  DatasetName,
  ReturnType<typeof deltaFileSchema>
>;

/** Record-level changes to one table. */
export interface TableDelta<R = unknown> {
  upserts: R[];
  deletes: string[];
}

export type DeltaFile<D extends DatasetName = DatasetName> = {
  dataset: D;
  from: number;
  to: number;
  tables: { [T in keyof DatasetTables<D> & TableName]?: TableDelta<TableRecords[T]> };
};

const sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'));
const relativePath = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/, 'must be a relative path'));
const byteCount = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * A delta names the exact content it applies to: `base` is the SHA-256 of the full file it was
 * made from (kept in the directory as `basePath`). A phone uses it only when its stored dataset has
 * that hash; any other phone takes the full file.
 */
export const DeltaEntrySchema = v.object({
  from: positiveInteger,
  base: sha256Hex,
  basePath: relativePath,
  path: relativePath,
  sha256: sha256Hex,
  bytes: byteCount,
});
export type DeltaEntry = v.InferOutput<typeof DeltaEntrySchema>;

export const DatasetEntrySchema = v.object({
  version: positiveInteger,
  path: relativePath,
  sha256: sha256Hex,
  bytes: byteCount,
  deltas: v.array(DeltaEntrySchema),
});
export type DatasetEntry = v.InferOutput<typeof DatasetEntrySchema>;

/** The manifest's format; a phone refuses any other. */
export const MANIFEST_FORMAT = 2;

/** manifest.json: what the publisher vouches for; docs/feed-format.md describes it. */
export const ManifestSchema = v.object({
  format: v.literal(MANIFEST_FORMAT),
  feedId: RecordIdSchema,
  /** Goes up with every publish, and is never below the publish time in seconds (so a rebuilt directory still goes up). */
  version: positiveInteger,
  issuedAt: IsoTimestampSchema,
  expiresAt: IsoTimestampSchema,
  demo: v.boolean(),
  datasets: v.object(Object.fromEntries(DATASET_NAMES.map((name) => [name, DatasetEntrySchema])) as Record<DatasetName, typeof DatasetEntrySchema>),
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

const publicKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a raw Ed25519 public key, base64url'));

/**
 * keys.json: the online keys allowed to sign manifests and records, signed by a root key the app
 * build trusts (keys.sig). A revoked key signs nothing any more, and whatever it signed stops being
 * trusted: the phone then takes the next manifest a listed key signs, whatever its version.
 */
export const KeyListSchema = v.object({
  format: v.literal(1),
  feedId: RecordIdSchema,
  /** Goes up with every change, and is never below the change's time in seconds. */
  version: positiveInteger,
  issuedAt: IsoTimestampSchema,
  keys: v.pipe(v.array(v.object({ id: KeyIdSchema, publicKey, addedAt: IsoTimestampSchema })), v.minLength(1, 'must list at least one key')),
  revoked: v.array(v.object({ id: KeyIdSchema, publicKey, revokedAt: IsoTimestampSchema, reason: v.picklist(['compromised', 'retired']) })),
});
export type KeyList = v.InferOutput<typeof KeyListSchema>;

export { describeIssues } from './record-schemas';
