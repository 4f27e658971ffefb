import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Role } from '../../shared/access/permissions.js';
import type { Language } from '../../shared/languages.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AccountsTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: Role;
  language: Generated<Language>;
  password_hash: string;
  must_change_password: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled_at: NullableTimestamp;
  totp_last_step: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  disabled_at: NullableTimestamp;
  last_login_at: NullableTimestamp;
  /** Where help-desk notifications go (they never carry a request's content). */
  notification_email: string | null;
  notify_help_arrived: Generated<boolean>;
  notify_help_assigned: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RecoveryCodesTable {
  account_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
}

export interface SessionsTable {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  complete: boolean;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  /** The desk's private key, wrapped under a key derived from the cookie's token. */
  desk_key_wrapped: Uint8Array | null;
  desk_key_version: number | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  account_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: string[];
  created_at: Timestamp;
  expires_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface LoginAttemptsTable {
  id: Generated<string>;
  username: string;
  address: string;
  succeeded: boolean;
  at: Timestamp;
}

export interface IncidentGrantsTable {
  id: Generated<string>;
  incident_id: string;
  account_id: string | null;
  role: Role | null;
  granted_by: string;
  granted_at: Timestamp;
}

export interface IncidentCommentsTable {
  id: Generated<string>;
  incident_id: string;
  author: string;
  body: string;
  created_at: Timestamp;
}

export interface AccountTables {
  incident_comments: IncidentCommentsTable;
  accounts: AccountsTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  incident_grants: IncidentGrantsTable;
}

export type AccountRow = Selectable<AccountsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
