import { EVENTS_FORMAT, EVENTS_FORMAT_VERSION, type EventsIncident } from './events.schema.js';
import type { ExportRecord } from './records.js';

type Person = EventsIncident['victims'][number];

/** One incident in the events model: acts, victims, perpetrators and how they were involved. */
export function toEvents({ incident: i, story, interventions }: ExportRecord): EventsIncident {
  const perpetrators = new Map(story.involvements.map((v) => [v.actor.id, v.actor]));
  return {
    id: i.id,
    reference: i.reference,
    version: i.version,
    date: i.date,
    place: i.place,
    title: i.title,
    description: i.description,
    originalLanguage: i.originalLanguage,
    verification: i.verification,
    visibility: i.visibility,
    seriesId: i.seriesId,
    internalNotes: i.internalNotes,
    assignedTo: i.assignedTo,
    mergedInto: i.mergedInto,
    verificationReason: i.verificationReason,
    accountability: i.accountability,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    acts: i.violations.map((v) => ({
      id: v.id,
      typeCode: v.typeCode,
      victimKey: v.victim,
      description: v.description,
    })),
    victims: i.victims.map((v) => {
      const { id: _id, ...person } = v.person as Omit<Person, 'key' | 'personId'> & { id: string };
      return { key: v.key, personId: v.personId, ...person };
    }),
    perpetrators: [...perpetrators.values()],
    involvements: story.involvements.map(({ actor, violationId, ...v }) => ({
      id: v.id,
      actId: violationId,
      perpetratorId: actor.id,
      role: v.role,
      headcount: v.headcount,
      legalStatus: v.legalStatus,
      note: v.note,
      version: v.version,
      events: v.events,
    })),
    proceedings: story.proceedings,
    sources: i.sources,
    interventions: interventions as EventsIncident['interventions'],
  };
}

/**
 * The events-model JSON, written as it is read: the envelope, then each incident as its own chunk,
 * so only one page of the list is ever in memory however large the database.
 */
export async function* eventsJson(
  records: AsyncIterable<ExportRecord>,
  exportedBy: string,
  now = new Date(),
): AsyncGenerator<string> {
  const head = {
    format: EVENTS_FORMAT,
    formatVersion: EVENTS_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    exportedBy,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"incidents":[\n`;
  let first = true;
  for await (const record of records) {
    yield `${first ? '' : ',\n'}${JSON.stringify(toEvents(record))}`;
    first = false;
  }
  yield '\n]}\n';
}
