import type { Labels, LocalizedText } from '../../../shared/languages.js';
import type { Db } from '../../db/database.js';
import type { Principal } from '../../http/auth.js';
import { listAssignable } from '../../modules/accounts/account.repo.js';
import { todayUtc } from '../../modules/cases/accountability.effective.js';
import { loadCase } from '../../modules/cases/case.load.js';
import { presentCase } from '../../modules/cases/case.presenter.js';
import type { CaseView } from '../../modules/cases/case.schema.js';
import { gateIncident } from '../../modules/incidents/incident.gate.js';
import type { IncidentView } from '../../modules/incidents/incident.schema.js';
import { readOutlet } from '../../modules/outlets/outlet.service.js';
import { readPerson } from '../../modules/people/person.service.js';
import { loadLabels } from '../../web/labels.js';

/** A victim as the review shows them: names, roles, outlets and consent. */
export interface ReviewPerson {
  id: string;
  name: string;
  names: LocalizedText;
  roles: string[];
  consentToName: boolean;
  outletIds: string[];
}

/**
 * What turns the codes and ids of a record into words: vocabulary labels, place names, and the
 * people, outlets, accounts and incidents it names, each read as this reader may see it.
 */
export interface ReviewLookups {
  terms: Map<string, Labels>;
  places: Map<string, Labels>;
  people: Map<string, ReviewPerson>;
  outlets: Map<string, string>;
  accounts: Map<string, string>;
  incidents: Map<string, string>;
}

/** The ids a record (or a run of its versions) names, to look up once. */
export interface Named {
  people?: Iterable<string>;
  outlets?: Iterable<string>;
  incidents?: Iterable<string>;
  /** People already read with the record (the incident document carries its victims). */
  known?: ReviewPerson[];
}

const found = <T>(read: Promise<T>): Promise<T | null> => read.catch(() => null);

/**
 * Looks up what a record names. People, outlets and incidents go through their services and the
 * gate with this reader's scope: one the reader may not see stays a phrase ("a person no longer
 * on record"), never a name.
 */
export async function reviewLookups(db: Db, who: Principal, named: Named): Promise<ReviewLookups> {
  const labels = await loadLabels(db);
  const people = new Map((named.known ?? []).map((p) => [p.id, p]));
  for (const id of new Set(named.people ?? [])) {
    if (people.has(id)) continue;
    const read = await found(readPerson(db, who, id));
    if (read) {
      const r = read.row;
      people.set(id, {
        id,
        name: r.name,
        names: r.names as LocalizedText,
        roles: r.roles,
        consentToName: r.consent_to_name,
        outletIds: read.outletIds,
      });
    }
  }
  const outletIds = new Set([...(named.outlets ?? []), ...[...people.values()].flatMap((p) => p.outletIds)]);
  const outlets = new Map<string, string>();
  for (const id of outletIds) {
    const row = await found(readOutlet(db, who, id));
    if (row) outlets.set(id, row.name);
  }
  const incidents = new Map<string, string>();
  for (const id of new Set(named.incidents ?? [])) {
    const row = await found(gateIncident(db, who, id));
    if (row) incidents.set(id, row.reference);
  }
  const accounts = new Map((await listAssignable(db)).map((a) => [a.id, a.name]));
  return { terms: labels.terms, places: labels.places, people, outlets, accounts, incidents };
}

/** The incident's victims as the review shows them, from its internal document. */
export function victimsOf(incident: IncidentView): ReviewPerson[] {
  return incident.victims.map((v) => {
    const p = v.person as Partial<ReviewPerson> & { consentToName?: boolean };
    return {
      id: v.personId,
      name: p.name ?? '',
      names: p.names ?? {},
      roles: p.roles ?? [],
      consentToName: p.consentToName === true,
      outletIds: p.outletIds ?? [],
    };
  });
}

/**
 * The case of an incident the caller has already passed through the gate (`readIncident`): who
 * was involved and the proceedings, for the review beside the record.
 */
export async function caseOf(db: Db, incidentId: string, stalledAfterDays: number): Promise<CaseView | null> {
  const parts = await loadCase(db, incidentId, false);
  return parts ? presentCase(parts, todayUtc(), stalledAfterDays) : null;
}
