import type { LocalizedText } from '../../../shared/languages.js';
import { redactText } from '../../../shared/text/redact.js';
import { searchDocument } from '../../../shared/text/transliterate.js';
import type { Db } from '../../db/database.js';
import { findOutlets } from '../outlets/outlet.repo.js';
import { findPeople, outletIdsOf } from '../people/person.repo.js';
import { findPlaces } from '../places/place.repo.js';
import { holdCells } from '../statistics/statistic-cells.repo.js';
import { parentsOf } from '../vocabularies/vocabulary.repo.js';
import type { IncidentParts } from './incident.presenter.js';
import { withheldNamePattern } from './incident.presenter.js';
import * as repo from './incident.repo.js';

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

/**
 * Recomputes what is derived from an incident's parts: the typology groups and victim roles the
 * list filters on, the public title, and the two search documents. The public one is built only
 * from what the public presenter shows, so a search cannot reveal a withheld name.
 */
export async function refreshDerived(trx: Db, incidentId: string): Promise<void> {
  const parts = await loadParts(trx, incidentId, false);
  if (!parts) return;
  const { incident: row, people } = parts;
  const typeCodes = [...new Set(parts.violations.map((v) => v.type_code))].sort();
  const groups = await parentsOf(trx, 'typology', typeCodes);
  const places = await findPlaces(
    trx,
    [row.region_code, row.city_code].filter((c): c is string => c !== null),
  );
  const placeTexts = places.flatMap((p) => [...texts(p.names), ...p.aliases]);
  const outletIds = [...new Set([...parts.outletIdsByPerson.values()].flat())];
  const outletNames = new Map(
    (await findOutlets(trx, outletIds)).map((o) => [o.id, [o.name, ...texts(o.names), ...o.aliases]]),
  );
  const personTexts = (p: (typeof people)[number]) => [
    p.name,
    ...texts(p.names),
    ...p.aliases,
    ...(parts.outletIdsByPerson.get(p.id) ?? []).flatMap((id) => outletNames.get(id) ?? []),
  ];
  const pattern = withheldNamePattern(people);
  const redact = (t: unknown) => texts(redactText((t ?? {}) as LocalizedText, pattern));
  const common = [row.reference, ...placeTexts];
  const searchAll = searchDocument([
    ...common,
    ...texts(row.title),
    ...texts(row.description),
    ...texts(row.place_detail),
    ...people.flatMap(personTexts),
    ...parts.violations.flatMap((v) => texts(v.description)),
    ...parts.sources.flatMap((s) => [s.title, s.publisher, s.excerpt]),
  ]);
  const publicSources = parts.sources.filter((s) => s.is_public);
  const searchPublic = searchDocument([
    ...common,
    ...redact(row.title),
    ...redact(row.description),
    ...redact(row.place_detail),
    ...people.filter((p) => p.consent_to_name).flatMap(personTexts),
    ...parts.violations.flatMap((v) => redact(v.description)),
    ...publicSources.flatMap((s) => [
      s.publisher,
      ...redact({ en: s.title ?? '' }),
      ...redact({ en: s.excerpt ?? '' }),
    ]),
  ]);
  await repo.setDerived(trx, incidentId, {
    type_codes: typeCodes,
    type_groups: [...new Set(typeCodes.flatMap((c) => groups.get(c) ?? []))].sort(),
    victim_roles: [...new Set(people.flatMap((p) => p.roles))].sort(),
    public_title: JSON.stringify(redactText(row.title as LocalizedText, pattern)),
    searchAll,
    searchPublic,
  });
}

/**
 * Before a person changes (name, consent, roles): locks the incidents they are a victim in and
 * notes what those count as. `refresh()` after the change recomputes their derived columns and
 * moves their kept counts (a victim's role is a dimension of the statistics).
 */
export async function holdIncidentsOfVictim(
  trx: Db,
  personId: string,
): Promise<{ refresh(): Promise<void> }> {
  const ids = await repo.incidentIdsOfVictim(trx, personId);
  const cells = await holdCells(trx, ids);
  return {
    async refresh() {
      for (const id of ids) await refreshDerived(trx, id);
      await cells.move();
    },
  };
}
