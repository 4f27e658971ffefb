import { type Kysely, sql } from 'kysely';

/*
 * The help desk: requests from journalists at risk, readable only by the desk.
 *
 * Nothing here holds a request's content in the clear. Every message (the report or question
 * itself, contact details, a reply, an answer, an internal note) and every file is encrypted with
 * a key of its own; that key is sealed to the desk's public key, and — for what the requester may
 * read — to the requester's public key too. The desk's private key exists only wrapped: under the
 * printable recovery key made at setup, and sealed to each authorised staff member's own key pair,
 * whose private half is wrapped under a key derived from their password. A requester's private key
 * is wrapped under a key derived from their passphrase; the receipt code is kept only as a
 * deterministic Argon2id hash, to find the request.
 *
 * No address or user agent is kept for these routes: the throttles count per receipt, per form
 * token and in global windows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE help_desk_keys (
      version integer PRIMARY KEY CHECK (version > 0),
      public_key bytea NOT NULL,
      -- The private key wrapped under the recovery key (a key derived from it, and its salt).
      recovery_wrapped bytea NOT NULL,
      recovery_salt bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      retired_at timestamptz
    );

    CREATE TABLE help_staff_keys (
      account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
      public_key bytea NOT NULL,
      private_wrapped bytea NOT NULL,
      salt bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE help_desk_grants (
      account_id uuid NOT NULL REFERENCES help_staff_keys (account_id) ON DELETE CASCADE,
      key_version integer NOT NULL REFERENCES help_desk_keys (version) ON DELETE CASCADE,
      -- The desk's private key sealed to this account's public key.
      sealed_private bytea NOT NULL,
      granted_by text NOT NULL,
      granted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (account_id, key_version)
    );

    -- The desk key unlocked at sign-in, wrapped under a key derived from the session's cookie
    -- token (which the database never holds): a dump of the sessions opens nothing.
    ALTER TABLE sessions ADD COLUMN desk_key_wrapped bytea;
    ALTER TABLE sessions ADD COLUMN desk_key_version integer;

    CREATE TABLE help_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('report', 'question')),
      category text NOT NULL CHECK (category IN ('threats', 'detention', 'lawsuit', 'accreditation', 'attack', 'other')),
      status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'answered', 'closed', 'spam')),
      -- trusted: the browser solved the proof of work; moderated: sent without JavaScript.
      lane text NOT NULL CHECK (lane IN ('trusted', 'moderated')),
      language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
      receipt_lookup text NOT NULL UNIQUE,
      requester_public_key bytea NOT NULL,
      requester_key_wrapped bytea NOT NULL,
      requester_salt bytea NOT NULL,
      assigned_to uuid REFERENCES accounts (id) ON DELETE SET NULL,
      incident_id uuid REFERENCES incidents (id) ON DELETE SET NULL,
      failed_tries integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      last_requester_at timestamptz NOT NULL DEFAULT now(),
      last_staff_at timestamptz,
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX help_requests_queue_idx ON help_requests (status, created_at);
    CREATE INDEX help_requests_assigned_idx ON help_requests (assigned_to) WHERE assigned_to IS NOT NULL;

    CREATE TABLE help_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES help_requests (id) ON DELETE CASCADE,
      -- requester: from the person who asked; answer: staff to the requester; note: staff only.
      author text NOT NULL CHECK (author IN ('requester', 'answer', 'note')),
      account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
      key_version integer NOT NULL REFERENCES help_desk_keys (version),
      nonce bytea NOT NULL,
      ciphertext bytea NOT NULL,
      key_for_desk bytea NOT NULL,
      -- Null for internal notes, which the requester never reads.
      key_for_requester bytea,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((author = 'note') = (key_for_requester IS NULL))
    );
    CREATE INDEX help_messages_request_idx ON help_messages (request_id, created_at);

    CREATE TABLE help_files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      message_id uuid NOT NULL REFERENCES help_messages (id) ON DELETE CASCADE,
      -- Name, media type and bytes are all inside the ciphertext; only its length shows.
      nonce bytea NOT NULL,
      ciphertext bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX help_files_message_idx ON help_files (message_id);

    -- Form tokens spent or being tried: a token is accepted once, and tried a few times at most.
    CREATE TABLE help_form_tokens (
      token_hash text PRIMARY KEY,
      tries integer NOT NULL DEFAULT 0,
      spent_at timestamptz,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX help_form_tokens_expiry_idx ON help_form_tokens (expires_at);

    -- Counters in fixed windows (bucket names like 'submit:2026-12-01T15:10'), never per address.
    CREATE TABLE help_rate_windows (
      bucket text PRIMARY KEY,
      hits integer NOT NULL DEFAULT 0,
      expires_at timestamptz NOT NULL
    );

    -- Secrets the server keeps for itself (the form tokens' and proof-of-work's signing keys).
    CREATE TABLE help_server_secrets (
      name text PRIMARY KEY,
      secret bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    -- Staff notifications: an address and two choices; the mail never carries content.
    ALTER TABLE accounts ADD COLUMN notification_email text;
    ALTER TABLE accounts ADD COLUMN notify_help_arrived boolean NOT NULL DEFAULT false;
    ALTER TABLE accounts ADD COLUMN notify_help_assigned boolean NOT NULL DEFAULT false;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE accounts DROP COLUMN notify_help_assigned;
    ALTER TABLE accounts DROP COLUMN notify_help_arrived;
    ALTER TABLE accounts DROP COLUMN notification_email;
    DROP TABLE help_server_secrets;
    DROP TABLE help_rate_windows;
    DROP TABLE help_form_tokens;
    DROP TABLE help_files;
    DROP TABLE help_messages;
    DROP TABLE help_requests;
    ALTER TABLE sessions DROP COLUMN desk_key_version;
    ALTER TABLE sessions DROP COLUMN desk_key_wrapped;
    DROP TABLE help_desk_grants;
    DROP TABLE help_staff_keys;
    DROP TABLE help_desk_keys;
  `.execute(db);
}
