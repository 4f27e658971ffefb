import type { Language } from '../../../shared/languages.js';
import type { Redactor } from '../../../shared/text/redact.js';
import { redactDocument } from '../../../shared/text/redact-document.js';
import type {
  ActorRow,
  IncidentRow,
  InvolvementEventRow,
  InvolvementRow,
  PersonRow,
  ProceedingEventRow,
  ProceedingRow,
} from '../../db/schema.js';
import { presentPartialDate } from '../../http/common.schema.js';
import { presentActor, presentPublicActor } from '../actors/actor.presenter.js';
import { isNamedInPublic } from '../people/named-in-public.js';
import { effectiveAccountability } from './accountability.effective.js';
import type { CaseView } from './case.schema.js';

/** Everything an incident's case is made of, as loaded from the database. */
export interface CaseParts {
  incident: IncidentRow;
  involvements: InvolvementRow[];
  involvementEvents: InvolvementEventRow[];
  actors: Map<string, ActorRow>;
  proceedings: ProceedingRow[];
  events: ProceedingEventRow[];
  /** The people the proceedings are about, by id. */
  subjects: Map<string, PersonRow>;
}

function presentEvent(e: ProceedingEventRow) {
  return {
    id: e.id,
    type: e.event_type,
    on: presentPartialDate(e.occurred_on, e.date_precision),
    article: e.article,
    reason: e.reason,
    sentence: e.sentence,
    sourceId: e.source_id,
    note: e.note,
    retracted: e.retracted_at
      ? { at: new Date(e.retracted_at).toISOString(), reason: e.retraction_reason ?? '' }
      : null,
    version: e.version,
  };
}

/** The internal case: notes, retracted events (marked), and the derived status beside any override. */
export function presentCase(parts: CaseParts, today: string, stalledAfterDays: number): CaseView {
  return {
    incidentId: parts.incident.id,
    accountability: effectiveAccountability(parts.incident, today, stalledAfterDays),
    involvements: parts.involvements.map((i) => ({
      id: i.id,
      violationId: i.violation_id,
      actor: presentActor(parts.actors.get(i.actor_id) as ActorRow),
      role: i.role,
      headcount: i.headcount,
      legalStatus: i.legal_status,
      note: i.note,
      version: i.version,
      events: parts.involvementEvents
        .filter((e) => e.involvement_id === i.id)
        .map((e) => ({ id: e.id, status: e.status, on: e.occurred_on, sourceId: e.source_id, note: e.note })),
    })),
    proceedings: parts.proceedings.map((p) => ({
      id: p.id,
      kind: p.kind,
      subjectId: p.subject_id,
      caseNumber: p.case_number,
      authority: p.authority,
      article: p.article,
      note: p.note,
      version: p.version,
      events: parts.events.filter((e) => e.proceeding_id === p.id).map(presentEvent),
    })),
  };
}

/**
 * The public case: no notes, no retracted events, actors named only when named in public, and a
 * proceeding's subject given only when named in public. The whole case then goes through the
 * incident's redaction once (names in reasons, authorities, override reasons…); texts without a
 * language of their own get the marker of `lang` (the page's).
 */
export function presentPublicCase(
  parts: CaseParts,
  today: string,
  stalledAfterDays: number,
  redactor: Redactor,
  lang: Language = 'en',
) {
  const { derived: _derived, ...accountability } = effectiveAccountability(
    parts.incident,
    today,
    stalledAfterDays,
  );
  const subject = (id: string | null) => {
    const person = id ? parts.subjects.get(id) : undefined;
    return person && isNamedInPublic(person) ? person.id : null;
  };
  return redactDocument(
    {
      incidentId: parts.incident.id,
      accountability,
      involvements: parts.involvements.map((i) => ({
        id: i.id,
        violationId: i.violation_id,
        actor: presentPublicActor(parts.actors.get(i.actor_id) as ActorRow),
        role: i.role,
        headcount: i.headcount,
        legalStatus: i.legal_status,
        events: parts.involvementEvents
          .filter((e) => e.involvement_id === i.id)
          .map((e) => ({ status: e.status, on: e.occurred_on })),
      })),
      proceedings: parts.proceedings.map((p) => ({
        id: p.id,
        kind: p.kind,
        subjectId: subject(p.subject_id),
        caseNumber: p.case_number,
        authority: p.authority,
        article: p.article,
        events: parts.events
          .filter((e) => e.proceeding_id === p.id && !e.retracted_at)
          .map((e) => {
            const { note: _note, retracted: _r, version: _v, ...shown } = presentEvent({ ...e, note: null });
            return shown;
          }),
      })),
    },
    redactor,
    lang,
  );
}
