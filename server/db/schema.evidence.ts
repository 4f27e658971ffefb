import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** bigint, read as a number (the pg type parser in database.ts). */
type Size = ColumnType<number, number, number>;

export interface EvidenceFilesTable {
  id: Generated<string>;
  incident_id: string;
  source_id: string | null;
  sha256: string;
  size: Size;
  media_type: string;
  claimed_type: string | null;
  original_name: string;
  uploaded_by: string;
  uploaded_at: Timestamp;
  public_sha256: string | null;
  public_size: ColumnType<number | null, number | null, number | null>;
  /** An editor released it; served only while its incident and its source are public too. */
  marked_public: Generated<boolean>;
}

export interface EvidenceTables {
  evidence_files: EvidenceFilesTable;
}

export type EvidenceFileRow = Selectable<EvidenceFilesTable>;
