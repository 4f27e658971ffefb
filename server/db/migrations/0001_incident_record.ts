import { type Kysely, sql } from 'kysely';

// Plain SQL that PostgreSQL 15 and PGlite (PostgreSQL 18) both understand; no extensions.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE places (
      code text PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('country', 'region', 'city')),
      country text NOT NULL,
      parent_code text REFERENCES places (code),
      names jsonb NOT NULL,
      aliases text[] NOT NULL DEFAULT '{}',
      lat double precision,
      lon double precision,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX places_parent_idx ON places (parent_code);

    CREATE TABLE vocabulary_terms (
      vocabulary text NOT NULL,
      code text NOT NULL,
      parent_code text,
      labels jsonb NOT NULL,
      definitions jsonb NOT NULL,
      crosswalk jsonb NOT NULL DEFAULT '{}',
      sort_order integer NOT NULL DEFAULT 0,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (vocabulary, code)
    );

    CREATE TABLE outlets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      names jsonb NOT NULL DEFAULT '{}',
      aliases text[] NOT NULL DEFAULT '{}',
      outlet_type text NOT NULL,
      independence text NOT NULL DEFAULT 'unknown'
        CHECK (independence IN ('independent', 'state', 'private_affiliated', 'unknown')),
      country text REFERENCES places (code),
      url text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX outlets_name_key ON outlets (lower(name), coalesce(country, ''));

    CREATE TABLE people (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      names jsonb NOT NULL DEFAULT '{}',
      aliases text[] NOT NULL DEFAULT '{}',
      roles text[] NOT NULL DEFAULT '{}',
      gender text NOT NULL DEFAULT 'unknown' CHECK (gender IN ('female', 'male', 'other', 'unknown')),
      consent_to_name boolean NOT NULL DEFAULT false,
      notes text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE person_outlets (
      person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      outlet_id uuid NOT NULL REFERENCES outlets (id) ON DELETE RESTRICT,
      PRIMARY KEY (person_id, outlet_id)
    );
    CREATE INDEX person_outlets_outlet_idx ON person_outlets (outlet_id);

    CREATE TABLE series (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      title jsonb NOT NULL,
      description jsonb NOT NULL DEFAULT '{}',
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- Reference numbers (KZ-2023-0042) come from one counter row per country and year, so two
    -- processes never hand out the same number.
    CREATE TABLE reference_counters (
      country text NOT NULL,
      year integer NOT NULL,
      last_number integer NOT NULL,
      PRIMARY KEY (country, year)
    );

    CREATE TABLE incidents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      reference text NOT NULL UNIQUE,
      date_start date,
      date_precision text NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
      date_end date,
      date_last date,
      country text NOT NULL REFERENCES places (code),
      region_code text REFERENCES places (code),
      city_code text REFERENCES places (code),
      place_type text,
      place_detail jsonb NOT NULL DEFAULT '{}',
      title jsonb NOT NULL,
      description jsonb NOT NULL DEFAULT '{}',
      -- The title with the names of victims who did not consent replaced, for public lists.
      public_title jsonb NOT NULL DEFAULT '{}',
      original_language text NOT NULL CHECK (original_language IN ('kk', 'ru', 'en')),
      verification text NOT NULL DEFAULT 'reported'
        CHECK (verification IN ('reported', 'verifying', 'verified', 'published', 'rejected', 'merged')),
      visibility text NOT NULL DEFAULT 'restricted'
        CHECK (visibility IN ('public', 'restricted', 'confidential')),
      series_id uuid REFERENCES series (id) ON DELETE SET NULL,
      internal_notes text,
      type_codes text[] NOT NULL DEFAULT '{}',
      type_groups text[] NOT NULL DEFAULT '{}',
      victim_roles text[] NOT NULL DEFAULT '{}',
      search_all tsvector NOT NULL DEFAULT ''::tsvector,
      search_public tsvector NOT NULL DEFAULT ''::tsvector,
      version integer NOT NULL DEFAULT 1,
      created_by text NOT NULL,
      updated_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (date_end IS NULL OR (date_start IS NOT NULL AND date_end >= date_start))
    );
    CREATE INDEX incidents_date_idx ON incidents (date_start DESC NULLS LAST, id DESC);
    CREATE INDEX incidents_public_date_idx ON incidents (date_start DESC NULLS LAST, id DESC)
      WHERE visibility = 'public' AND verification IN ('verified', 'published');
    -- Covers the facet counts of region-filtered lists: an index-only scan, no heap access.
    CREATE INDEX incidents_region_idx ON incidents (region_code, date_start)
      INCLUDE (date_last, visibility, verification, type_groups, type_codes, victim_roles, city_code, country, series_id);
    CREATE INDEX incidents_city_idx ON incidents (city_code);
    CREATE INDEX incidents_series_idx ON incidents (series_id);
    CREATE INDEX incidents_type_codes_idx ON incidents USING gin (type_codes);
    CREATE INDEX incidents_type_groups_idx ON incidents USING gin (type_groups);
    CREATE INDEX incidents_victim_roles_idx ON incidents USING gin (victim_roles);
    CREATE INDEX incidents_search_all_idx ON incidents USING gin (search_all);
    CREATE INDEX incidents_search_public_idx ON incidents USING gin (search_public);

    CREATE TABLE violations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
      victim_id uuid REFERENCES people (id) ON DELETE RESTRICT,
      type_code text NOT NULL,
      description jsonb NOT NULL DEFAULT '{}',
      position integer NOT NULL
    );
    CREATE INDEX violations_incident_idx ON violations (incident_id);
    CREATE INDEX violations_victim_idx ON violations (victim_id);

    CREATE TABLE sources (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
      source_type text NOT NULL,
      url text,
      title text,
      publisher text,
      language text,
      published_on date,
      reliability text NOT NULL DEFAULT 'unknown'
        CHECK (reliability IN ('confirmed', 'reliable', 'unconfirmed', 'doubtful', 'unknown')),
      captured_at timestamptz,
      sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      excerpt text,
      is_public boolean NOT NULL DEFAULT true,
      position integer NOT NULL
    );
    CREATE INDEX sources_incident_idx ON sources (incident_id);

    CREATE TABLE audit_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      changes jsonb NOT NULL
    );
    CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, id);

    CREATE TABLE settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE settings, audit_events, sources, violations, incidents, reference_counters,
      series, person_outlets, people, outlets, vocabulary_terms, places;
  `.execute(db);
}
