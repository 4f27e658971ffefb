import { type Kysely, sql } from 'kysely';

/*
 * Accounts of the people who work in Qorgau, their sessions, API tokens and second factor, the
 * login attempts that drive throttling, and grants of confidential incidents. Secrets are stored
 * only as hashes (argon2id for passwords, SHA-256 for random session/API/recovery tokens, which
 * have enough entropy that a fast hash is safe).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE accounts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
      display_name text NOT NULL,
      role text NOT NULL CHECK (role IN ('administrator', 'editor', 'monitor', 'lawyer', 'viewer')),
      language text NOT NULL DEFAULT 'ru' CHECK (language IN ('kk', 'ru', 'en')),
      password_hash text NOT NULL,
      must_change_password boolean NOT NULL DEFAULT false,
      totp_secret text,
      totp_enabled_at timestamptz,
      -- The last 30-second step accepted, so a code cannot be used twice.
      totp_last_step bigint,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      disabled_at timestamptz,
      last_login_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE recovery_codes (
      account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      code_hash text NOT NULL,
      used_at timestamptz,
      PRIMARY KEY (account_id, code_hash)
    );

    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      -- false while the password is accepted and the second factor is still awaited.
      complete boolean NOT NULL,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_account_idx ON sessions (account_id);

    CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      -- The first characters, shown in lists so a person can tell tokens apart.
      prefix text NOT NULL,
      scopes text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'write', 'admin']::text[] AND cardinality(scopes) > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    CREATE INDEX api_tokens_account_idx ON api_tokens (account_id);

    CREATE TABLE login_attempts (
      id bigserial PRIMARY KEY,
      username text NOT NULL,
      address text NOT NULL,
      succeeded boolean NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX login_attempts_address_idx ON login_attempts (address, at);

    CREATE TABLE incident_grants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
      account_id uuid REFERENCES accounts (id) ON DELETE CASCADE,
      role text CHECK (role IN ('administrator', 'editor', 'monitor', 'lawyer', 'viewer')),
      granted_by text NOT NULL,
      granted_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((account_id IS NULL) <> (role IS NULL))
    );
    CREATE UNIQUE INDEX incident_grants_key ON incident_grants (incident_id, account_id, role) NULLS NOT DISTINCT;
    CREATE INDEX incident_grants_account_idx ON incident_grants (account_id);

    DELETE FROM settings WHERE key = 'admin_token_sha256';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE incident_grants, login_attempts, api_tokens, sessions, recovery_codes, accounts`.execute(
    db,
  );
}
