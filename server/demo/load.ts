import type { Db } from '../db/database.js';
import { inTransaction } from '../db/database.js';
import { auditName, systemPrincipal } from '../http/auth.js';
import { recordAudit } from '../modules/audit/audit.repo.js';
import type { IncidentView } from '../modules/incidents/incident.schema.js';
import { IncidentInput } from '../modules/incidents/incident.schema.js';
import { createIncident } from '../modules/incidents/incident.service.js';
import { OutletInput } from '../modules/outlets/outlet.schema.js';
import { createOutlet } from '../modules/outlets/outlet.service.js';
import { PersonInput } from '../modules/people/person.schema.js';
import { createPerson } from '../modules/people/person.service.js';
import { findSeriesByCode, insertSeries } from '../modules/series/series.repo.js';
import { loadDemoCases } from './load-cases.js';
import { DEMO_OFFICIAL_STATEMENT } from './seed-cases.js';
import { type Provenance, SEED_DOCUMENTS, type SeedName } from './seed-documents.js';
import { DEMO_INCIDENTS, DEMO_OUTLETS, DEMO_PEOPLE, DEMO_SERIES, type DemoIncident } from './seed-records.js';

const ACTOR = systemPrincipal('demo-loader');

const cite = (from: Provenance): string =>
  `${SEED_DOCUMENTS[from.seed].publisher}, ${SEED_DOCUMENTS[from.seed].publishedOn}: «${from.quote}»`;

/** One source per seed document the incident relies on, quoting the sentences it relies on. */
function sourcesFor(incident: DemoIncident) {
  const bySeed = new Map<SeedName, string[]>();
  for (const { seed, quote } of incident.from) bySeed.set(seed, [...(bySeed.get(seed) ?? []), quote]);
  return [...bySeed].map(([seed, quotes]) => {
    const doc = SEED_DOCUMENTS[seed];
    return {
      type: 'organisation_statement',
      title: doc.title,
      publisher: doc.publisher,
      language: doc.language,
      publishedOn: doc.publishedOn,
      reliability: 'reliable',
      sha256: doc.sha256,
      excerpt: quotes.join(' '),
      public: true,
    };
  });
}

/** The authorities' own words that a seed document quotes, kept as official statements. */
function officialStatements(incident: DemoIncident) {
  if (incident.key !== DEMO_OFFICIAL_STATEMENT.incident) return [];
  const doc = SEED_DOCUMENTS[DEMO_OFFICIAL_STATEMENT.from.seed];
  return [
    {
      type: 'official_statement',
      title: 'Deputy Minister of Internal Affairs to reporters, as reported by CPJ',
      publisher: doc.publisher,
      language: doc.language,
      publishedOn: doc.publishedOn,
      reliability: 'reliable',
      sha256: doc.sha256,
      excerpt: DEMO_OFFICIAL_STATEMENT.from.quote,
      public: true,
    },
  ];
}

/**
 * Records the demo outlets, people, series, incidents and their cases, all or nothing. Loading twice changes
 * nothing: the series code marks the demo as present.
 */
export function loadDemoData(db: Db): Promise<{ created: number; skipped: number }> {
  return inTransaction(db, async (trx) => {
    if (await findSeriesByCode(trx, DEMO_SERIES.code)) return { created: 0, skipped: DEMO_INCIDENTS.length };
    const series = await insertSeries(trx, {
      code: DEMO_SERIES.code,
      title: JSON.stringify(DEMO_SERIES.title),
      description: JSON.stringify({ en: DEMO_SERIES.from.quote }),
    });
    await recordAudit(trx, {
      actor: auditName(ACTOR),
      action: 'series.created',
      entityType: 'series',
      entityId: series.id,
      before: null,
      after: { code: series.code },
    });
    const outletIds = new Map<string, string>();
    for (const o of DEMO_OUTLETS) {
      const input = OutletInput.parse({
        name: o.name,
        names: o.names,
        type: o.type,
        independence: o.independence,
        country: 'KZ',
      });
      outletIds.set(o.key, (await createOutlet(trx, ACTOR, input)).id);
    }
    const personIds = new Map<string, string>();
    for (const p of DEMO_PEOPLE) {
      const input = PersonInput.parse({
        name: p.name,
        names: p.names,
        roles: p.roles,
        gender: p.gender,
        // Everyone here was named publicly by the organisation that published the document.
        consentToName: true,
        notes: `Named in ${cite(p.from)}`,
        outletIds: p.outlets.map((key) => outletIds.get(key)),
      });
      personIds.set(p.key, (await createPerson(trx, ACTOR, input)).id);
    }
    const incidents = new Map<string, IncidentView>();
    for (const incident of DEMO_INCIDENTS) {
      const victims = [...new Set(incident.violations.flatMap((v) => (v.victim ? [v.victim] : [])))];
      const input = IncidentInput.parse({
        date: incident.date,
        place: { country: 'KZ', ...incident.place },
        title: incident.title,
        description: incident.description,
        originalLanguage: 'en',
        verification: 'verified',
        visibility: 'public',
        seriesId: incident.series ? series.id : null,
        victims: victims.map((key) => ({ key, personId: personIds.get(key) })),
        violations: incident.violations,
        sources: [...sourcesFor(incident), ...officialStatements(incident)],
      });
      incidents.set(incident.key, await createIncident(trx, ACTOR, input));
    }
    await loadDemoCases(trx, ACTOR, incidents);
    return { created: DEMO_INCIDENTS.length, skipped: 0 };
  });
}
