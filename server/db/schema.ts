import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { LocalizedText } from '../../shared/languages.js';

/** Set by the database on insert (DEFAULT now()); updates may set it. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** An array column with a database default. */
type DefaultArray = ColumnType<string[], string[] | undefined, string[]>;
type Json<T> = ColumnType<T, string, string>;
/** tsvector columns are written with to_tsvector(...) and never read back as values. */
type SearchVector = ColumnType<string, unknown, unknown>;

export interface PlacesTable {
  code: string;
  kind: 'country' | 'region' | 'city';
  country: string;
  parent_code: string | null;
  names: Json<LocalizedText>;
  aliases: string[];
  lat: number | null;
  lon: number | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VocabularyTermsTable {
  vocabulary: string;
  code: string;
  parent_code: string | null;
  labels: Json<LocalizedText>;
  definitions: Json<LocalizedText>;
  crosswalk: Json<Record<string, string[]>>;
  sort_order: number;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OutletsTable {
  id: Generated<string>;
  name: string;
  names: Json<LocalizedText>;
  aliases: string[];
  outlet_type: string;
  independence: 'independent' | 'state' | 'private_affiliated' | 'unknown';
  country: string | null;
  url: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PeopleTable {
  id: Generated<string>;
  name: string;
  names: Json<LocalizedText>;
  aliases: string[];
  roles: string[];
  gender: 'female' | 'male' | 'other' | 'unknown';
  consent_to_name: boolean;
  notes: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PersonOutletsTable {
  person_id: string;
  outlet_id: string;
}

export interface SeriesTable {
  id: Generated<string>;
  code: string;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReferenceCountersTable {
  country: string;
  year: number;
  last_number: number;
}

export interface IncidentsTable {
  id: Generated<string>;
  reference: string;
  date_start: string | null;
  date_precision: 'day' | 'month' | 'year' | 'unknown';
  date_end: string | null;
  date_last: string | null;
  country: string;
  region_code: string | null;
  city_code: string | null;
  place_type: string | null;
  place_detail: Json<LocalizedText>;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  public_title: ColumnType<LocalizedText, string | undefined, string>;
  original_language: 'kk' | 'ru' | 'en';
  verification: 'reported' | 'verifying' | 'verified' | 'published' | 'rejected' | 'merged';
  visibility: 'public' | 'restricted' | 'confidential';
  series_id: string | null;
  internal_notes: string | null;
  type_codes: DefaultArray;
  type_groups: DefaultArray;
  victim_roles: DefaultArray;
  search_all: SearchVector;
  search_public: SearchVector;
  version: Generated<number>;
  created_by: string;
  updated_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ViolationsTable {
  id: Generated<string>;
  incident_id: string;
  victim_id: string | null;
  type_code: string;
  description: Json<LocalizedText>;
  position: number;
}

export interface SourcesTable {
  id: Generated<string>;
  incident_id: string;
  source_type: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  language: string | null;
  published_on: string | null;
  reliability: 'confirmed' | 'reliable' | 'unconfirmed' | 'doubtful' | 'unknown';
  captured_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  sha256: string | null;
  excerpt: string | null;
  is_public: boolean;
  position: number;
}

export interface AuditEventsTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor: string;
  action: 'create' | 'update' | 'delete';
  entity_type: string;
  entity_id: string;
  changes: Json<unknown>;
}

export interface SettingsTable {
  key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
}

export interface Database {
  places: PlacesTable;
  vocabulary_terms: VocabularyTermsTable;
  outlets: OutletsTable;
  people: PeopleTable;
  person_outlets: PersonOutletsTable;
  series: SeriesTable;
  reference_counters: ReferenceCountersTable;
  incidents: IncidentsTable;
  violations: ViolationsTable;
  sources: SourcesTable;
  audit_events: AuditEventsTable;
  settings: SettingsTable;
}

export type IncidentRow = Selectable<IncidentsTable>;
export type NewIncidentRow = Insertable<IncidentsTable>;
export type IncidentUpdate = Updateable<IncidentsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type OutletRow = Selectable<OutletsTable>;
export type PlaceRow = Selectable<PlacesTable>;
export type VocabularyTermRow = Selectable<VocabularyTermsTable>;
export type ViolationRow = Selectable<ViolationsTable>;
export type NewViolationRow = Insertable<ViolationsTable>;
export type NewSourceRow = Insertable<SourcesTable>;
export type SourceRow = Selectable<SourcesTable>;
