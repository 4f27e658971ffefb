import type { ColumnType, Generated } from 'kysely';
import type { Language } from '../../shared/languages.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Bytes = Uint8Array;

export const HELP_KINDS = ['report', 'question'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];
/** A question's category; a report is filed under 'attack' unless it says otherwise. */
export const HELP_CATEGORIES = [
  'threats',
  'detention',
  'lawsuit',
  'accreditation',
  'attack',
  'other',
] as const;
export type HelpCategory = (typeof HELP_CATEGORIES)[number];
export const HELP_STATUSES = ['new', 'in_progress', 'answered', 'closed', 'spam'] as const;
export type HelpStatus = (typeof HELP_STATUSES)[number];
export type HelpLane = 'trusted' | 'moderated';
export type HelpAuthor = 'requester' | 'answer' | 'note';

export interface HelpDeskKeysTable {
  version: number;
  public_key: Bytes;
  recovery_wrapped: Bytes;
  recovery_salt: Bytes;
  created_at: Timestamp;
  retired_at: NullableTimestamp;
}

export interface HelpStaffKeysTable {
  account_id: string;
  public_key: Bytes;
  private_wrapped: Bytes;
  salt: Bytes;
  created_at: Timestamp;
}

export interface HelpDeskGrantsTable {
  account_id: string;
  key_version: number;
  sealed_private: Bytes;
  granted_by: string;
  granted_at: Timestamp;
}

export interface HelpRequestsTable {
  id: Generated<string>;
  kind: HelpKind;
  category: HelpCategory;
  status: Generated<HelpStatus>;
  lane: HelpLane;
  language: Language;
  receipt_lookup: string;
  requester_public_key: Bytes;
  requester_key_wrapped: Bytes;
  requester_salt: Bytes;
  assigned_to: string | null;
  incident_id: string | null;
  failed_tries: Generated<number>;
  locked_until: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_requester_at: Timestamp;
  last_staff_at: NullableTimestamp;
  version: Generated<number>;
}

export interface HelpMessagesTable {
  id: Generated<string>;
  request_id: string;
  author: HelpAuthor;
  account_id: string | null;
  key_version: number;
  nonce: Bytes;
  ciphertext: Bytes;
  key_for_desk: Bytes;
  key_for_requester: Bytes | null;
  created_at: Timestamp;
}

export interface HelpFilesTable {
  id: Generated<string>;
  message_id: string;
  nonce: Bytes;
  ciphertext: Bytes;
  created_at: Timestamp;
}

export interface HelpFormTokensTable {
  token_hash: string;
  tries: Generated<number>;
  spent_at: NullableTimestamp;
  expires_at: Timestamp;
}

export interface HelpRateWindowsTable {
  bucket: string;
  hits: Generated<number>;
  expires_at: Timestamp;
}

export interface HelpServerSecretsTable {
  name: string;
  secret: Bytes;
  created_at: Timestamp;
}

export interface HelpTables {
  help_desk_keys: HelpDeskKeysTable;
  help_staff_keys: HelpStaffKeysTable;
  help_desk_grants: HelpDeskGrantsTable;
  help_requests: HelpRequestsTable;
  help_messages: HelpMessagesTable;
  help_files: HelpFilesTable;
  help_form_tokens: HelpFormTokensTable;
  help_rate_windows: HelpRateWindowsTable;
  help_server_secrets: HelpServerSecretsTable;
}
