import { type Kysely, sql } from 'kysely';

// Who did it, what the authorities did, what the organisation did, and the country context.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE actors (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      actor_type text NOT NULL,
      name text,
      names jsonb NOT NULL DEFAULT '{}',
      level text CHECK (level IN ('national', 'regional', 'local')),
      person_id uuid REFERENCES people (id) ON DELETE SET NULL,
      notes text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX actors_type_idx ON actors (actor_type);

    CREATE TABLE involvements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
      violation_id uuid REFERENCES violations (id) ON DELETE CASCADE,
      actor_id uuid NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,
      role text NOT NULL
        CHECK (role IN ('executor', 'organiser', 'instigator', 'accomplice', 'failed_to_protect')),
      -- How many people this involvement stands for ("18 individuals"), when they are not named.
      headcount integer NOT NULL DEFAULT 1 CHECK (headcount >= 1),
      legal_status text NOT NULL DEFAULT 'unidentified'
        CHECK (legal_status IN ('unidentified', 'identified', 'detained', 'charged', 'convicted', 'acquitted', 'released')),
      note text,
      version integer NOT NULL DEFAULT 1,
      -- clock_timestamp(), not now(): several rows of one transaction keep the order they were entered.
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX involvements_incident_idx ON involvements (incident_id);
    CREATE INDEX involvements_actor_idx ON involvements (actor_id);

    -- Every change of an involved actor's legal status, dated; the latest one is legal_status.
    CREATE TABLE involvement_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      involvement_id uuid NOT NULL REFERENCES involvements (id) ON DELETE CASCADE,
      status text NOT NULL
        CHECK (status IN ('unidentified', 'identified', 'detained', 'charged', 'convicted', 'acquitted', 'released')),
      occurred_on date,
      source_id uuid REFERENCES sources (id) ON DELETE SET NULL,
      note text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX involvement_events_involvement_idx ON involvement_events (involvement_id, occurred_on);

    CREATE TABLE proceedings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('against_perpetrators', 'against_journalist')),
      -- For a case against a journalist: which victim is prosecuted.
      subject_id uuid REFERENCES people (id) ON DELETE SET NULL,
      case_number text,
      authority text,
      article text,
      note text,
      version integer NOT NULL DEFAULT 1,
      -- clock_timestamp(), not now(): several rows of one transaction keep the order they were entered.
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX proceedings_incident_idx ON proceedings (incident_id);

    -- Append-only: an event is corrected in place (the audit log keeps what it said before) or
    -- retracted with a reason, never deleted.
    CREATE TABLE proceeding_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      proceeding_id uuid NOT NULL REFERENCES proceedings (id) ON DELETE CASCADE,
      event_type text NOT NULL,
      occurred_on date,
      date_precision text NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
      article text,
      reason text,
      sentence text,
      source_id uuid REFERENCES sources (id) ON DELETE SET NULL,
      note text,
      position integer NOT NULL,
      retracted_at timestamptz,
      retraction_reason text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((retracted_at IS NULL) = (retraction_reason IS NULL))
    );
    CREATE INDEX proceeding_events_proceeding_idx ON proceeding_events (proceeding_id, position);

    ALTER TABLE incidents
      ADD COLUMN accountability text NOT NULL DEFAULT 'unknown'
        CHECK (accountability IN ('pending', 'impunity', 'partial', 'justice', 'unknown')),
      ADD COLUMN accountability_reason text NOT NULL DEFAULT 'no_information',
      ADD COLUMN accountability_override text
        CHECK (accountability_override IN ('pending', 'impunity', 'partial', 'justice', 'unknown')),
      ADD COLUMN accountability_override_reason text,
      ADD COLUMN first_case_event_on date,
      ADD COLUMN last_case_event_on date,
      ADD COLUMN actor_types text[] NOT NULL DEFAULT '{}',
      ADD COLUMN involvement_roles text[] NOT NULL DEFAULT '{}',
      ADD CONSTRAINT incidents_override_reason
        CHECK ((accountability_override IS NULL) = (accountability_override_reason IS NULL));
    CREATE INDEX incidents_accountability_idx ON incidents (accountability, date_start);
    -- The region index covers the facet counts; it now covers the accountability columns too.
    DROP INDEX incidents_region_idx;
    CREATE INDEX incidents_region_idx ON incidents (region_code, date_start)
      INCLUDE (date_last, visibility, verification, type_groups, type_codes, victim_roles, city_code, country,
        series_id, accountability, accountability_override, last_case_event_on);
    CREATE INDEX incidents_actor_types_idx ON incidents USING gin (actor_types);

    CREATE TABLE interventions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('statement', 'alert', 'letter', 'email', 'meeting', 'submission', 'legal_aid')),
      issued_on date,
      title jsonb NOT NULL DEFAULT '{}',
      body jsonb NOT NULL DEFAULT '{}',
      original_language text CHECK (original_language IN ('kk', 'ru', 'en')),
      issued_by text,
      addressee text,
      deadline date,
      reply_status text NOT NULL DEFAULT 'none_yet'
        CHECK (reply_status IN ('none_yet', 'formal', 'substantive', 'denial')),
      reply_on date,
      reply_text text,
      url text,
      source_excerpt text,
      visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'restricted', 'confidential')),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX interventions_deadline_idx ON interventions (reply_status, deadline);

    CREATE TABLE intervention_incidents (
      intervention_id uuid NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
      incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
      PRIMARY KEY (intervention_id, incident_id)
    );
    CREATE INDEX intervention_incidents_incident_idx ON intervention_incidents (incident_id);

    -- Country context: press-freedom index rank and score by year.
    CREATE TABLE indicators (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      country text NOT NULL REFERENCES places (code),
      indicator text NOT NULL,
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      rank integer,
      out_of integer,
      score numeric(6, 2),
      zone text,
      source text,
      source_excerpt text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (country, indicator, year)
    );

    -- Figures an organisation published for a period, to show beside Qorgau's own counts.
    CREATE TABLE published_figures (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation text NOT NULL,
      country text NOT NULL REFERENCES places (code),
      period_start date NOT NULL,
      period_end date NOT NULL,
      category jsonb NOT NULL,
      type_codes text[] NOT NULL DEFAULT '{}',
      count integer NOT NULL CHECK (count >= 0),
      published_on date,
      source text,
      source_excerpt text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (period_end >= period_start)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE published_figures, indicators, intervention_incidents, interventions,
      proceeding_events, proceedings, involvement_events, involvements, actors;
    ALTER TABLE incidents
      DROP COLUMN accountability, DROP COLUMN accountability_reason,
      DROP COLUMN accountability_override, DROP COLUMN accountability_override_reason,
      DROP COLUMN first_case_event_on, DROP COLUMN last_case_event_on, DROP COLUMN actor_types, DROP COLUMN involvement_roles;
  `.execute(db);
}
