import type { Db } from '../../db/database.js';
import type { IncidentRow } from '../../db/schema.js';
import { audienceOf, confidentialReader, type Principal } from '../../http/auth.js';
import { notFound } from '../../http/errors.js';
import { listAudit } from '../audit/audit.repo.js';
import { mayRead, maySee } from './incident.access.js';
import { findIncident, mergedTarget } from './incident.repo.js';
import type { IncidentAudience } from './incident-scope.repo.js';

/*
 * The gate: every service entry that takes an incident, or a record attached to one (its case, an
 * involvement, a proceeding or event, a letter's link, a file, a comment, a grant, its history),
 * resolves the incident here first. What the caller may not see answers exactly as what does not
 * exist: the same 404 with the same code, for reads and for writes alike. Only the system
 * principal (the command line, the demo loader) sees everything; there is no other way round.
 */

/** The 404 a refusal answers: the code and id of the record the caller named. */
export interface Missing {
  code: string;
  what: string;
  id: string;
}

export interface GateOptions {
  /** A write by an account reaches restricted incidents even through a token without `read`. */
  access?: 'read' | 'write';
  /** The record the caller named, when it is attached to the incident (default: the incident). */
  missing?: Missing;
}

const incidentMissing = (id: string): Missing => ({ code: 'incident_not_found', what: 'Incident', id });

/** Throws the 404 a refused or unknown record answers. */
export function refuse(missing: Missing): never {
  throw notFound(missing.code, missing.what, missing.id);
}

/**
 * The incident (by id or reference) as this caller may reach it, or the not-found error: the public
 * and readers without `records.read` reach only public incidents; internal readers confidential
 * ones only when granted them.
 */
export async function gateIncident(
  db: Db,
  who: Principal,
  idOrReference: string,
  options: GateOptions = {},
): Promise<IncidentRow> {
  const missing = options.missing ?? incidentMissing(idOrReference);
  const { publicOnly } = readerScope(who, options.access);
  const row = await findIncident(db, idOrReference, publicOnly);
  if (!row || !(await mayRead(db, who, row))) refuse(missing);
  return row;
}

/**
 * The caller as queries of many incidents see them (lists, and the people, actors, outlets and
 * interventions that hang off incidents): the same rule as `gateIncident`, in SQL.
 */
export function readerScope(who: Principal, access: 'read' | 'write' = 'read'): IncidentAudience {
  const internal = who.kind === 'system' || (who.kind === 'account' && access === 'write');
  if (!internal && audienceOf(who) === 'public') return { publicOnly: true };
  return { publicOnly: false, confidential: confidentialReader(who) };
}

/** The gate for a record attached to an incident: resolves its incident, answers with its own 404. */
export function gateAttached(
  db: Db,
  who: Principal,
  incidentId: string,
  missing: Missing,
  access: 'read' | 'write' = 'read',
): Promise<IncidentRow> {
  return gateIncident(db, who, incidentId, { missing, access });
}

/** Only the ids among these incidents the caller may see (for lists of links). */
export async function visibleIncidentIds(
  db: Db,
  who: Principal,
  ids: readonly string[],
  access: 'read' | 'write' = 'read',
): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const id of new Set(ids)) {
    const ok = await gateIncident(db, who, id, { access }).then(
      () => true,
      () => false,
    );
    if (ok) seen.add(id);
  }
  return seen;
}

type AuditEntries = Awaited<ReturnType<typeof listAudit>>;

/**
 * A deleted incident's sight, from the audit log: the last document (the deletion's `before`) gives
 * its visibility and author, and the grant changes replayed in order give its grants when it was
 * deleted. The audit log is append-only, so a deletion cannot widen who may read the history.
 */
export function deletedSight(entries: AuditEntries) {
  type Document = { visibility?: unknown; createdBy?: unknown };
  let last: Document | null = null;
  const grants: unknown[] = [];
  for (const entry of entries) {
    if (entry.entity !== 'incident') continue;
    for (const change of entry.changes) {
      if (change.path === '' && change.after === null && change.before) last = change.before as Document;
      const index = /^grants\.(\d+)$/.exec(change.path)?.[1];
      if (index !== undefined) grants[Number(index)] = change.after;
    }
  }
  if (!last || typeof last.visibility !== 'string' || typeof last.createdBy !== 'string') return null;
  return {
    visibility: last.visibility,
    createdBy: last.createdBy,
    grants: grants.filter((g): g is string => typeof g === 'string'),
  };
}

/**
 * The incident's history, for an incident that exists or was deleted: a deleted incident keeps the
 * visibility and grants it had when it was deleted, read back from the audit log itself.
 */
export async function gateHistory(
  db: Db,
  who: Principal,
  idOrReference: string,
  entities: string[],
): Promise<AuditEntries> {
  const missing = incidentMissing(idOrReference);
  if (who.kind === 'public' || audienceOf(who) === 'public') refuse(missing);
  const row = await findIncident(db, idOrReference, false);
  if (row) {
    if (!(await mayRead(db, who, row))) refuse(missing);
    return listAudit(db, entities, row.id);
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrReference)) refuse(missing);
  const entries = await listAudit(db, [...new Set(['incident', ...entities])], idOrReference);
  const sight = deletedSight(entries);
  if (!sight || !maySee(who, sight)) refuse(missing);
  return entries.filter((e) => entities.includes(e.entity));
}

/**
 * Where a merged duplicate's reference leads, when the caller may see both the duplicate and the
 * incident it was merged into; null otherwise (then the duplicate itself is read, through the gate).
 * The public follows it to a public incident, but never from a confidential duplicate, whose
 * reference must not betray which public incident it repeats.
 */
export async function mergedTargetFor(db: Db, who: Principal, idOrReference: string): Promise<string | null> {
  const duplicate = await findIncident(db, idOrReference, false);
  if (!duplicate?.merged_into) return null;
  const isPublic = who.kind === 'public' || audienceOf(who) === 'public';
  if (isPublic ? duplicate.visibility === 'confidential' : !(await mayRead(db, who, duplicate))) return null;
  const target = await mergedTarget(db, duplicate.id, isPublic);
  if (!target) return null;
  const reachable = await gateIncident(db, who, target).then(
    () => true,
    () => false,
  );
  return reachable ? target : null;
}
