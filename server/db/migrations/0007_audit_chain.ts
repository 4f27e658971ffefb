import { type Kysely, sql } from 'kysely';

/*
 * The audit log becomes append-only and hash-chained.
 *
 * Each event gets a gapless `seq`, the hash of the event before it (`prev_hash`) and its own
 * `hash` = sha256(prev_hash ‖ canonical content). The canonical content is one JSON array,
 * written by PostgreSQL itself (jsonb's text form is deterministic: keys sorted, fixed spacing):
 *   [seq, id, occurred_at as UTC ISO with microseconds, actor, action, entity_type, entity_id, changes]
 * `audit_event_hash` below is the only definition: the insert trigger, this migration and the
 * verification all call it, so the runtime and the migration cannot compute different hashes.
 *
 * Writers serialise on the single row of `audit_chain_head`, locked FOR UPDATE by the insert
 * trigger at the writer's first event and held until its transaction ends; on one PostgreSQL
 * server this orders the writers of every process. UPDATE, DELETE and TRUNCATE are refused by
 * triggers. Someone who may disable triggers (the database owner) can still rewrite rows, which
 * the chain then exposes, unless they recompute every hash from there on and move the head: to
 * catch that too, keep the last hash `verify-audit` prints somewhere else.
 *
 * Actions get names: the old create/update/delete become `<record>.created|updated|deleted`
 * (or the one thing an update of that record could be), before the chain is sealed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE audit_events DROP CONSTRAINT audit_events_action_check;
    UPDATE audit_events SET action = CASE
      WHEN entity_type = 'api_token' AND action = 'create' THEN 'token.created'
      WHEN entity_type = 'api_token' THEN 'token.revoked'
      WHEN entity_type = 'evidence' AND action = 'create' THEN 'evidence.attached'
      WHEN entity_type = 'evidence' THEN 'evidence.removed'
      ELSE (CASE entity_type WHEN 'vocabulary_term' THEN 'term' WHEN 'published_figure' THEN 'figure'
              ELSE entity_type END)
        || (CASE action WHEN 'create' THEN '.created' WHEN 'update' THEN '.updated' ELSE '.deleted' END)
    END;
    ALTER TABLE audit_events ADD CONSTRAINT audit_events_action_check
      CHECK (action ~ '^[a-z_]+\\.[a-z_]+$');
    ALTER TABLE audit_events ADD COLUMN seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text;

    CREATE TABLE audit_chain_head (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      last_seq bigint NOT NULL,
      last_hash text NOT NULL
    );
    INSERT INTO audit_chain_head (last_seq, last_hash) VALUES (0, repeat('0', 64));

    -- The results of full verifications (npm run cli -- verify-audit); history pages read the latest.
    CREATE TABLE audit_verifications (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      checked_at timestamptz NOT NULL DEFAULT now(),
      events bigint NOT NULL,
      intact boolean NOT NULL,
      broken_event_id bigint,
      problem text
    );
  `.execute(db);
  await sql`
    CREATE FUNCTION audit_event_hash(prev text, e audit_events) RETURNS text
    LANGUAGE sql STABLE AS $$
      SELECT encode(sha256(convert_to(prev || jsonb_build_array(
        e.seq, e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.actor, e.action, e.entity_type, e.entity_id, e.changes)::text, 'UTF8')), 'hex')
    $$;
  `.execute(db);
  await chainExistingEvents(db);
  await sql`
    ALTER TABLE audit_events ALTER COLUMN seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL,
      ALTER COLUMN hash SET NOT NULL;
    CREATE UNIQUE INDEX audit_events_seq_idx ON audit_events (seq);
    -- A record's history is read in chain order.
    DROP INDEX audit_events_entity_idx;
    CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, seq);
  `.execute(db);
  // The first event of a transaction locks the head; the tail it has reached is kept in a
  // transaction-local setting, and the head is moved once per statement. (Updating the head row
  // for every event of a large insert would leave one dead row version per event, which no vacuum
  // can remove before the transaction ends, and make each event slower than the last.)
  await sql`
    CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      tail text := current_setting('qorgau.audit_tail', true);
      head audit_chain_head;
    BEGIN
      -- Locked by every event, whatever the setting says: a no-op once this transaction holds it.
      SELECT * INTO STRICT head FROM audit_chain_head WHERE id FOR UPDATE;
      IF coalesce(tail, '') = '' OR split_part(tail, ':', 1)::bigint <= head.last_seq THEN
        tail := head.last_seq || ':' || head.last_hash;
      END IF;
      NEW.seq := split_part(tail, ':', 1)::bigint + 1;
      NEW.prev_hash := split_part(tail, ':', 2);
      NEW.hash := audit_event_hash(NEW.prev_hash, NEW);
      PERFORM set_config('qorgau.audit_tail', NEW.seq || ':' || NEW.hash, true);
      RETURN NEW;
    END $$;
  `.execute(db);
  await sql`
    CREATE FUNCTION audit_events_move_head() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      tail text := current_setting('qorgau.audit_tail', true);
    BEGIN
      IF coalesce(tail, '') <> '' THEN
        UPDATE audit_chain_head
          SET last_seq = split_part(tail, ':', 1)::bigint, last_hash = split_part(tail, ':', 2)
          WHERE id AND last_seq <> split_part(tail, ':', 1)::bigint;
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db);
  await sql`
    CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
    END $$;
  `.execute(db);
  await sql`
    CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
    CREATE TRIGGER audit_events_move_head AFTER INSERT ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_move_head();
    CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
    CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
    CREATE TRIGGER audit_chain_head_kept BEFORE INSERT OR DELETE ON audit_chain_head
      FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
    CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
  `.execute(db);
}

/** Seals the events recorded before the chain existed, in the order they were recorded. */
async function chainExistingEvents(db: Kysely<unknown>): Promise<void> {
  await sql`
    DO $$
    DECLARE
      r audit_events;
      n bigint := 0;
      prev text := repeat('0', 64);
    BEGIN
      FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
        n := n + 1;
        r.seq := n;
        r.prev_hash := prev;
        r.hash := audit_event_hash(prev, r);
        UPDATE audit_events SET seq = r.seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
        prev := r.hash;
      END LOOP;
      UPDATE audit_chain_head SET last_seq = n, last_hash = prev;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER audit_events_chain ON audit_events;
    DROP TRIGGER audit_events_move_head ON audit_events;
    DROP TRIGGER audit_events_append_only ON audit_events;
    DROP TRIGGER audit_events_no_truncate ON audit_events;
    DROP TABLE audit_verifications, audit_chain_head;
    DROP FUNCTION audit_events_chain(), audit_events_move_head(), audit_refuse_change(), audit_event_hash(text, audit_events);
    ALTER TABLE audit_events DROP COLUMN seq, DROP COLUMN prev_hash, DROP COLUMN hash;
    CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, id);
  `.execute(db);
}
