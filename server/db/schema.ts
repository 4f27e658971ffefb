import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  AccountabilityStatus,
  InterventionKind,
  InvolvementRole,
  LegalStatus,
  ProceedingEventType,
  ProceedingKind,
  ReplyStatus,
} from '../../shared/accountability/codes.js';
import type { LocalizedText } from '../../shared/languages.js';
import type { AccountTables } from './schema.accounts.js';
import type { AuditTables } from './schema.audit.js';
import type { EvidenceTables } from './schema.evidence.js';
import type { HelpTables } from './schema.help.js';
import type { PeopleLinkTables } from './schema.people.js';

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
  assigned_to: ColumnType<string | null, string | null | undefined, string | null>;
  merged_into: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why it was rejected or merged (the last such move); null otherwise. */
  verification_reason: ColumnType<string | null, string | null | undefined, string | null>;
  type_codes: DefaultArray;
  type_groups: DefaultArray;
  victim_roles: DefaultArray;
  accountability: ColumnType<AccountabilityStatus, AccountabilityStatus | undefined, AccountabilityStatus>;
  accountability_reason: ColumnType<string, string | undefined, string>;
  accountability_override: AccountabilityStatus | null;
  accountability_override_reason: string | null;
  first_case_event_on: string | null;
  last_case_event_on: string | null;
  actor_types: DefaultArray;
  involvement_roles: DefaultArray;
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

export interface SettingsTable {
  key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
}

export interface ActorsTable {
  id: Generated<string>;
  actor_type: string;
  name: string | null;
  names: Json<LocalizedText>;
  level: 'national' | 'regional' | 'local' | null;
  person_id: string | null;
  /** An individual's name may be shown publicly (an editor's decision; institutions always are). */
  name_public: Generated<boolean>;
  notes: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InvolvementsTable {
  id: Generated<string>;
  incident_id: string;
  violation_id: string | null;
  actor_id: string;
  role: InvolvementRole;
  headcount: number;
  legal_status: LegalStatus;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InvolvementEventsTable {
  id: Generated<string>;
  involvement_id: string;
  status: LegalStatus;
  occurred_on: string | null;
  source_id: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface ProceedingsTable {
  id: Generated<string>;
  incident_id: string;
  kind: ProceedingKind;
  subject_id: string | null;
  case_number: string | null;
  authority: string | null;
  article: string | null;
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProceedingEventsTable {
  id: Generated<string>;
  proceeding_id: string;
  event_type: ProceedingEventType;
  occurred_on: string | null;
  date_precision: 'day' | 'month' | 'year' | 'unknown';
  article: string | null;
  reason: string | null;
  sentence: string | null;
  source_id: string | null;
  note: string | null;
  position: number;
  retracted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  retraction_reason: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InterventionsTable {
  id: Generated<string>;
  kind: InterventionKind;
  issued_on: string | null;
  title: Json<LocalizedText>;
  body: Json<LocalizedText>;
  original_language: 'kk' | 'ru' | 'en' | null;
  issued_by: string | null;
  addressee: string | null;
  deadline: string | null;
  reply_status: ReplyStatus;
  reply_on: string | null;
  reply_text: string | null;
  url: string | null;
  source_excerpt: string | null;
  visibility: 'public' | 'restricted' | 'confidential';
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InterventionIncidentsTable {
  intervention_id: string;
  incident_id: string;
}

export interface IndicatorsTable {
  id: Generated<string>;
  country: string;
  indicator: string;
  year: number;
  rank: number | null;
  out_of: number | null;
  score: ColumnType<string | null, number | string | null, number | string | null>;
  zone: string | null;
  source: string | null;
  source_excerpt: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PublishedFiguresTable {
  id: Generated<string>;
  organisation: string;
  country: string;
  period_start: string;
  period_end: string;
  category: Json<LocalizedText>;
  type_codes: string[];
  count: number;
  published_on: string | null;
  source: string | null;
  source_excerpt: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StatisticCellsTable {
  month: string | null;
  country: string;
  region_code: string | null;
  dimension: 'all' | 'group' | 'type' | 'victim_role';
  key: string;
  is_public: boolean;
  incidents: number;
}

export interface AccountabilityCellsTable {
  month: string | null;
  country: string;
  region_code: string | null;
  accountability: AccountabilityStatus;
  accountability_override: AccountabilityStatus | null;
  last_case_event_on: string | null;
  is_public: boolean;
  incidents: number;
}

export interface Database extends AccountTables, AuditTables, EvidenceTables, HelpTables, PeopleLinkTables {
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
  settings: SettingsTable;
  actors: ActorsTable;
  involvements: InvolvementsTable;
  involvement_events: InvolvementEventsTable;
  proceedings: ProceedingsTable;
  proceeding_events: ProceedingEventsTable;
  interventions: InterventionsTable;
  intervention_incidents: InterventionIncidentsTable;
  indicators: IndicatorsTable;
  published_figures: PublishedFiguresTable;
  statistic_cells: StatisticCellsTable;
  accountability_cells: AccountabilityCellsTable;
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
export type ActorRow = Selectable<ActorsTable>;
export type InvolvementRow = Selectable<InvolvementsTable>;
export type InvolvementEventRow = Selectable<InvolvementEventsTable>;
export type ProceedingRow = Selectable<ProceedingsTable>;
export type ProceedingEventRow = Selectable<ProceedingEventsTable>;
export type InterventionRow = Selectable<InterventionsTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type PublishedFigureRow = Selectable<PublishedFiguresTable>;
