import type { LocalizedText } from '../../../shared/languages.js';
import { searchDocument } from '../../../shared/text/transliterate.js';
import { type Db, inTransaction } from '../../db/database.js';
import type { PersonRow } from '../../db/schema.js';
import { findOutlets } from '../outlets/outlet.repo.js';
import { isNamedInPublic } from '../people/named-in-public.js';
import { findPeople, outletIdsOf } from '../people/person.repo.js';
import { findPlaces } from '../places/place.repo.js';
import { holdCells } from '../statistics/statistic-cells.repo.js';
import { parentsOf } from '../vocabularies/vocabulary.repo.js';
import { allIncidentIds, derivedVersion, setDerivedVersion } from './derived.repo.js';
import type { IncidentParts } from './incident.presenter.js';
import { presentPublicIncident } from './incident.presenter.js';
import * as repo from './incident.repo.js';
import { redactionFor } from './redaction.js';
import { incidentIdsNaming } from './redaction.repo.js';

const texts = (t: unknown): string[] => Object.values((t ?? {}) as LocalizedText).filter(Boolean) as string[];

/** Loads an incident with its violations, sources and victims. */
export async function loadParts(
  db: Db,
  idOrReference: string,
  publicOnly: boolean,
): Promise<IncidentParts | null> {
  const incident = await repo.findIncident(db, idOrReference, publicOnly);
  if (!incident) return null;
  const [violations, sources] = await Promise.all([
    repo.findViolations(db, incident.id),
    repo.findSources(db, incident.id),
  ]);
  const victimIds = [...new Set(violations.flatMap((v) => (v.victim_id ? [v.victim_id] : [])))];
  const found = new Map((await findPeople(db, victimIds)).map((p) => [p.id, p]));
  const people = victimIds.flatMap((id) =>
    found.has(id) ? [found.get(id) as NonNullable<ReturnType<typeof found.get>>] : [],
  );
  return { incident, violations, sources, people, outletIdsByPerson: await outletIdsOf(db, victimIds) };
}

/** The words an incident is found by besides its own texts: its places, its victims and their outlets. */
async function linkedTexts(trx: Db, parts: IncidentParts) {
  const { incident: row } = parts;
  const places = await findPlaces(
    trx,
    [row.region_code, row.city_code].filter((c): c is string => c !== null),
  );
  const outletIds = [...new Set([...parts.outletIdsByPerson.values()].flat())];
  const outletNames = new Map(
    (await findOutlets(trx, outletIds)).map((o) => [o.id, [o.name, ...texts(o.names), ...o.aliases]]),
  );
  return {
    places: places.flatMap((p) => [...texts(p.names), ...p.aliases]),
    ofPerson: (p: PersonRow) => [
      p.name,
      ...texts(p.names),
      ...p.aliases,
      ...(parts.outletIdsByPerson.get(p.id) ?? []).flatMap((id) => outletNames.get(id) ?? []),
    ],
  };
}

/**
 * The public search document and title. The document is the public presenter's own output,
 * already redacted, with the places and the victims named in public: the search cannot find a
 * word the public page does not show.
 */
async function publicDerived(trx: Db, parts: IncidentParts, linked: Awaited<ReturnType<typeof linkedTexts>>) {
  const redactor = await redactionFor(trx, [parts.incident.id]);
  const shown = presentPublicIncident(parts, redactor);
  const searchPublic = searchDocument([
    parts.incident.reference,
    ...linked.places.map((t) => redactor.text(t, 'en')),
    ...texts(shown.title),
    ...texts(shown.description),
    ...texts(shown.place.detail),
    ...parts.people
      .filter(isNamedInPublic)
      .flatMap((p) => linked.ofPerson(p).map((t) => redactor.text(t, 'en'))),
    ...shown.violations.flatMap((v) => texts(v.description)),
    ...shown.sources.flatMap((s) => [s.title, s.publisher, s.excerpt]),
  ]);
  return { publicTitle: shown.title, searchPublic };
}

/**
 * Recomputes what is derived from an incident's parts: the typology groups and victim roles the
 * list filters on, the public title, and the two search documents.
 */
export async function refreshDerived(trx: Db, incidentId: string): Promise<void> {
  const parts = await loadParts(trx, incidentId, false);
  if (!parts) return;
  const { incident: row, people } = parts;
  const typeCodes = [...new Set(parts.violations.map((v) => v.type_code))].sort();
  const groups = await parentsOf(trx, 'typology', typeCodes);
  const linked = await linkedTexts(trx, parts);
  const searchAll = searchDocument([
    row.reference,
    ...linked.places,
    ...texts(row.title),
    ...texts(row.description),
    ...texts(row.place_detail),
    ...people.flatMap(linked.ofPerson),
    ...parts.violations.flatMap((v) => texts(v.description)),
    ...parts.sources.flatMap((s) => [s.title, s.publisher, s.excerpt]),
  ]);
  const { publicTitle, searchPublic } = await publicDerived(trx, parts, linked);
  await repo.setDerived(trx, incidentId, {
    type_codes: typeCodes,
    type_groups: [...new Set(typeCodes.flatMap((c) => groups.get(c) ?? []))].sort(),
    victim_roles: [...new Set(people.flatMap((p) => p.roles))].sort(),
    public_title: JSON.stringify(publicTitle),
    searchAll,
    searchPublic,
  });
}

/**
 * Before a person changes (name, consent, roles): locks the incidents that name them (as a victim, a proceeding's subject or an
 * involved actor) and
 * notes what those count as. `refresh()` after the change recomputes their derived columns and
 * moves their kept counts (a victim's role is a dimension of the statistics).
 */
export async function holdIncidentsOfVictim(
  trx: Db,
  personId: string,
): Promise<{ refresh(): Promise<void> }> {
  const ids = await incidentIdsNaming(trx, personId);
  const cells = await holdCells(trx, ids);
  return {
    async refresh() {
      for (const id of ids) await refreshDerived(trx, id);
      await cells.move();
    },
  };
}

/**
 * The version of what is derived (the redaction of withheld names, the search folding). Raise it
 * when either changes: the next start recomputes every incident, so no title or search document
 * stored under an older, weaker rule is served.
 */
export const DERIVED_VERSION = 2;

/** Recomputes every incident's derived columns when they were stored under an older rule; how many. */
export async function ensureDerived(db: Db): Promise<number> {
  if ((await derivedVersion(db)) >= DERIVED_VERSION) return 0;
  const ids = await allIncidentIds(db);
  for (const id of ids) await inTransaction(db, (trx) => refreshDerived(trx, id));
  await setDerivedVersion(db, DERIVED_VERSION);
  return ids.length;
}
