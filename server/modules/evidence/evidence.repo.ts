import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { EvidenceFileRow } from '../../db/schema.evidence.js';
import type { Database } from '../../db/schema.js';
import { publicIncident } from '../incidents/incident-scope.repo.js';
import { IMAGE_TYPES } from './media-type.js';

export type NewEvidenceFile = Omit<EvidenceFileRow, 'id' | 'uploaded_at'>;

/** A file row with whether the public may have it now. */
export type EvidenceFileView = EvidenceFileRow & { is_public: SqlBool };

type Scope = ExpressionBuilder<Database & { f: Database['evidence_files'] }, 'f'>;

/**
 * The public rule, in SQL: the incident is public and verified or published, the file belongs to
 * one of its sources marked public, and an image has its stripped copy (the original of an image
 * is never public).
 */
function publicRule(eb: Scope) {
  return eb.and([
    eb.exists(
      eb
        .selectFrom('incidents as i')
        .select('i.id')
        .whereRef('i.id', '=', 'f.incident_id')
        .where(publicIncident('i')),
    ),
    eb.exists(
      eb
        .selectFrom('sources as s')
        .select('s.id')
        .whereRef('s.id', '=', 'f.source_id')
        .whereRef('s.incident_id', '=', 'f.incident_id')
        .where('s.is_public', '=', true),
    ),
    eb.or([eb('f.public_sha256', 'is not', null), eb('f.media_type', 'not in', [...IMAGE_TYPES])]),
  ]);
}

function files(db: Db) {
  return db
    .selectFrom('evidence_files as f')
    .selectAll('f')
    .select((eb) => publicRule(eb).as('is_public'));
}

/** The files of an incident, oldest first; `publicOnly` keeps those the public may have. */
export function listFiles(db: Db, incidentId: string, publicOnly: boolean): Promise<EvidenceFileView[]> {
  let query = files(db).where('f.incident_id', '=', incidentId);
  if (publicOnly) query = query.where(publicRule);
  return query.orderBy('f.uploaded_at').orderBy('f.id').execute();
}

/** One file by id; `publicOnly` finds it only if the public may have it. */
export function findFile(db: Db, id: string, publicOnly: boolean): Promise<EvidenceFileView | undefined> {
  let query = files(db).where('f.id', '=', id);
  if (publicOnly) query = query.where(publicRule);
  return query.executeTakeFirst();
}

export function insertFile(trx: Db, values: NewEvidenceFile): Promise<EvidenceFileRow> {
  return trx.insertInto('evidence_files').values(values).returningAll().executeTakeFirstOrThrow();
}

export function deleteFile(trx: Db, id: string) {
  return trx.deleteFrom('evidence_files').where('id', '=', id).returning('id').executeTakeFirst();
}

/** Whether a source is one of this incident's. */
export async function isSourceOf(db: Db, incidentId: string, sourceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('sources')
    .select('id')
    .where('id', '=', sourceId)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Holds a lock on one stored file until the transaction ends, so that storing the same bytes and
 * removing the last reference to them cannot interleave (across processes too).
 */
export async function lockBlob(trx: Db, sha256: string): Promise<void> {
  // The first key keeps these locks apart from any other use of advisory locks.
  await sql`SELECT pg_advisory_xact_lock(${0x5146}, hashtext(${sha256}))`.execute(trx);
}

/** Whether any file row names these bytes, as an original or as a public copy. */
export async function isBlobReferenced(db: Db, sha256: string): Promise<boolean> {
  const row = await db
    .selectFrom('evidence_files')
    .select('id')
    .where((eb) => eb.or([eb('sha256', '=', sha256), eb('public_sha256', '=', sha256)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
