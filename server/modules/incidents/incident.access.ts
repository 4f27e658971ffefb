import type { Permission } from '../../../shared/access/permissions.js';
import type { Db } from '../../db/database.js';
import { authorize, confidentialReader, type Principal } from '../../http/auth.js';
import { isGranted } from './incident-grants.repo.js';

type Verification = 'reported' | 'verifying' | 'verified' | 'published' | 'rejected' | 'merged';
type Visibility = 'public' | 'restricted' | 'confidential';

/** Where a new incident starts unless an editor says otherwise. */
const START = { verification: 'reported', visibility: 'restricted' } as const;

/** A monitor moves incidents between reported and verifying; every other state is an editor's call. */
export function workflowPermission(from: Verification, to: Verification): Permission | null {
  if (from === to) return null;
  if (to === 'published' || from === 'published') return 'incidents.publish';
  const open = (v: Verification) => v === 'reported' || v === 'verifying';
  return open(from) && open(to) ? null : 'incidents.verify';
}

/**
 * Checks everything an incident write needs: the right to edit incidents, and the rights to move it
 * along the verification workflow or change who may see it when the write does that. Returns the
 * name for the audit log.
 */
export function authorizeIncidentWrite(
  who: Principal,
  before: { verification: Verification; visibility: Visibility } | null,
  after: { verification: Verification; visibility: Visibility },
): string {
  const actor = authorize(who, 'incidents.write');
  const from = before ?? START;
  const step = workflowPermission(from.verification, after.verification);
  if (step) authorize(who, step);
  if (after.visibility !== from.visibility) authorize(who, 'incidents.visibility');
  return actor;
}

/** What decides whether a reader may see an incident: its visibility, who recorded it, its grants. */
export interface Sight {
  visibility: string;
  createdBy: string;
  /** Account ids and `role:<role>` entries the incident is granted to. */
  grants: readonly string[];
}

/**
 * Whether an internal reader may see an incident at all: confidential ones only when they see
 * every confidential incident, recorded it, or were granted it (to the account or its role).
 * The public sees only what `publicIncident` selects; that is decided in the query.
 */
export function maySee(who: Principal, sight: Sight): boolean {
  if (who.kind === 'public') return false;
  const reader = confidentialReader(who);
  if (sight.visibility !== 'confidential' || reader === null) return true;
  if (sight.createdBy === reader.accountId) return true;
  return sight.grants.includes(reader.accountId) || sight.grants.includes(`role:${reader.role}`);
}

/** `maySee` for a stored incident, its grants read from the database. */
export async function mayRead(
  db: Db,
  who: Principal,
  incident: { id: string; visibility: string; created_by: string },
): Promise<boolean> {
  if (who.kind === 'public') return incident.visibility === 'public';
  const reader = confidentialReader(who);
  if (incident.visibility !== 'confidential' || reader === null) return true;
  if (incident.created_by === reader.accountId) return true;
  return isGranted(db, incident.id, reader);
}
