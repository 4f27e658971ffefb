import type { LocalizedText } from '../../../shared/languages.js';
import type { Redactor } from '../../../shared/text/redact.js';
import { redactDocument } from '../../../shared/text/redact-document.js';
import type { IncidentRow, PersonRow, SourceRow, ViolationRow } from '../../db/schema.js';
import { presentPartialDate } from '../../http/common.schema.js';
import { isNamedInPublic } from '../people/named-in-public.js';
import { presentPerson } from '../people/person.presenter.js';
import type { IncidentView } from './incident.schema.js';

/** Everything an incident document is made of, as loaded from the database. */
export interface IncidentParts {
  incident: IncidentRow;
  violations: ViolationRow[];
  sources: SourceRow[];
  /** The victims, in the order they first appear in the violations. */
  people: PersonRow[];
  outletIdsByPerson: Map<string, string[]>;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

/** A date as the client writes it back: 2023, 2023-02 or 2023-02-20, with its precision. */
export function presentDate(
  row: Pick<IncidentRow, 'date_start' | 'date_precision' | 'date_end'>,
): IncidentView['date'] {
  if (row.date_start === null || row.date_precision === 'unknown') return null;
  const start = presentPartialDate(row.date_start, row.date_precision) as string;
  return { start, precision: row.date_precision, end: row.date_end };
}

function presentPlace(row: IncidentRow, withDetail: LocalizedText) {
  return {
    country: row.country,
    region: row.region_code,
    city: row.city_code,
    type: row.place_type,
    detail: withDetail,
  };
}

function presentSource(s: SourceRow, excerpt: string | null) {
  return {
    id: s.id,
    type: s.source_type,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    language: s.language,
    publishedOn: s.published_on,
    reliability: s.reliability,
    capturedAt: s.captured_at ? iso(s.captured_at) : null,
    sha256: s.sha256,
    excerpt,
  };
}

/** The internal document: every field, including notes, visibility and non-public sources. */
export function presentIncident(parts: IncidentParts): Omit<IncidentView, 'accountability'> {
  const { incident: row } = parts;
  return {
    id: row.id,
    reference: row.reference,
    date: presentDate(row),
    place: presentPlace(row, row.place_detail as LocalizedText),
    title: row.title as LocalizedText,
    description: row.description as LocalizedText,
    originalLanguage: row.original_language,
    verification: row.verification,
    visibility: row.visibility,
    seriesId: row.series_id,
    internalNotes: row.internal_notes,
    assignedTo: row.assigned_to,
    mergedInto: row.merged_into,
    verificationReason: row.verification_reason,
    victims: parts.people.map((p) => ({
      key: p.id,
      personId: p.id,
      person: presentPerson(p, parts.outletIdsByPerson.get(p.id) ?? []),
    })),
    violations: parts.violations.map((v) => ({
      id: v.id,
      typeCode: v.type_code,
      victim: v.victim_id,
      description: v.description as LocalizedText,
    })),
    sources: parts.sources.map((s) => ({ ...presentSource(s, s.excerpt), public: s.is_public })),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

/**
 * The public document: no internal notes, visibility, authorship or non-public sources; victims
 * not named in public appear without name, outlets or id. The whole document then goes through the
 * incident's redaction once, so every text (and any text added later) loses the withheld names.
 */
export function presentPublicIncident(parts: IncidentParts, redactor: Redactor) {
  const { incident: row } = parts;
  const named = (p: PersonRow) => isNamedInPublic(p);
  const keyOf = new Map(parts.people.map((p, i) => [p.id, named(p) ? p.id : `withheld-${i + 1}`]));
  return redactDocument(
    {
      id: row.id,
      reference: row.reference,
      date: presentDate(row),
      place: presentPlace(row, row.place_detail as LocalizedText),
      title: row.title as LocalizedText,
      description: row.description as LocalizedText,
      originalLanguage: row.original_language,
      verification: row.verification,
      seriesId: row.series_id,
      victims: parts.people.map((p) => ({
        key: keyOf.get(p.id) as string,
        name: named(p) ? p.name : null,
        names: named(p) ? (p.names as LocalizedText) : {},
        withheld: !named(p),
        roles: p.roles,
        outletIds: named(p) ? (parts.outletIdsByPerson.get(p.id) ?? []) : [],
      })),
      violations: parts.violations.map((v) => ({
        id: v.id,
        typeCode: v.type_code,
        victim: v.victim_id ? (keyOf.get(v.victim_id) ?? null) : null,
        description: v.description as LocalizedText,
      })),
      sources: parts.sources.filter((s) => s.is_public).map((s) => presentSource(s, s.excerpt)),
      updatedAt: iso(row.updated_at),
    },
    redactor,
  );
}
