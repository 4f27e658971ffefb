import type { Db } from '../db/database.js';
import type { Principal } from '../http/auth.js';
import { InvolvementInput, ProceedingEventInput, ProceedingInput } from '../modules/cases/case.schema.js';
import { addInvolvement, addProceeding, addProceedingEvent } from '../modules/cases/case.service.js';
import { FigureInput, IndicatorInput } from '../modules/context/context.schema.js';
import { saveFigure, saveIndicator } from '../modules/context/context.service.js';
import type { IncidentView } from '../modules/incidents/incident.schema.js';
import { InterventionInput } from '../modules/interventions/intervention.schema.js';
import { createIntervention } from '../modules/interventions/intervention.service.js';
import {
  ADILSOZ_COUNTS,
  ADILSOZ_RANK,
  DEMO_FIGURES,
  DEMO_INTERVENTIONS,
  DEMO_INVOLVEMENTS,
  DEMO_PROCEEDINGS,
} from './seed-cases.js';
import { type Provenance, SEED_DOCUMENTS } from './seed-documents.js';

/** The source of an incident that is the seed document a fact comes from. */
function sourceOf(incident: IncidentView, from: Provenance): string | null {
  return incident.sources.find((s) => s.sha256 === SEED_DOCUMENTS[from.seed].sha256)?.id ?? null;
}

/** Records the case stories, the organisations' steps, the 2021 figures and the index rank. */
export async function loadDemoCases(
  trx: Db,
  actor: Principal,
  incidents: Map<string, IncidentView>,
): Promise<void> {
  const get = (key: string) => incidents.get(key) as IncidentView;
  for (const inv of DEMO_INVOLVEMENTS) {
    const incident = get(inv.incident);
    const input = InvolvementInput.parse({
      actor: { type: inv.actorType, names: inv.actorName },
      role: inv.role,
      headcount: inv.headcount,
      status: inv.status,
      statusOn: inv.statusOn,
      sourceId: sourceOf(incident, inv.from),
      note: `${SEED_DOCUMENTS[inv.from.seed].publisher}: «${inv.from.quote}»`,
    });
    await addInvolvement(trx, actor, incident.id, input);
  }
  for (const proceeding of DEMO_PROCEEDINGS) {
    const incident = get(proceeding.incident);
    const parts = await addProceeding(
      trx,
      actor,
      incident.id,
      ProceedingInput.parse({ kind: 'against_perpetrators' }),
    );
    const proceedingId = parts.proceedings.at(-1)?.id as string;
    for (const e of proceeding.events) {
      const input = ProceedingEventInput.parse({
        type: e.type,
        on: e.on,
        reason: e.reason ?? null,
        sourceId: sourceOf(incident, e.from),
        note: [e.note, `«${e.from.quote}»`].filter(Boolean).join(' — '),
      });
      await addProceedingEvent(trx, actor, proceedingId, input);
    }
  }
  for (const i of DEMO_INTERVENTIONS) {
    const input = InterventionInput.parse({
      kind: i.kind,
      issuedOn: i.issuedOn,
      issuedBy: i.issuedBy,
      title: i.title,
      addressee: i.addressee,
      originalLanguage: 'en',
      sourceExcerpt: i.from.quote,
      incidentIds: i.incidents.map((key) => get(key).id),
    });
    await createIntervention(trx, actor, input);
  }
  const adilsoz = SEED_DOCUMENTS.adilsoz;
  for (const f of DEMO_FIGURES) {
    const input = FigureInput.parse({
      organisation: 'Adil Soz',
      country: 'KZ',
      periodStart: '2021-01-01',
      periodEnd: adilsoz.publishedOn,
      category: f.category,
      typeCodes: f.typeCodes,
      count: f.count,
      publishedOn: adilsoz.publishedOn,
      source: `${adilsoz.publisher}, ${adilsoz.publishedOn}`,
      sourceExcerpt: ADILSOZ_COUNTS,
    });
    await saveFigure(trx, actor, null, input);
  }
  const rank = IndicatorInput.parse({
    country: 'KZ',
    indicator: 'rsf_press_freedom_index',
    year: 2021,
    rank: 155,
    outOf: 180,
    zone: 'red',
    source: `${adilsoz.publisher}, ${adilsoz.publishedOn}`,
    sourceExcerpt: ADILSOZ_RANK,
  });
  await saveIndicator(trx, actor, null, rank);
}
