import type { ColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** What ties a relative or an associate to the journalist whose work they were targeted for. */
export type RelationKind = 'family' | 'associate';

export interface PersonRelationsTable {
  /** The relative or associate. */
  person_id: string;
  /** The journalist they are related to. */
  journalist_id: string;
  kind: RelationKind;
  created_at: Timestamp;
}

/** A person merged into another: the old id forwards to `into_id`. */
export interface PersonMergesTable {
  merged_id: string;
  into_id: string;
  merged_at: Timestamp;
}

export interface PeopleLinkTables {
  person_relations: PersonRelationsTable;
  person_merges: PersonMergesTable;
}

export type PersonRelationRow = Selectable<PersonRelationsTable>;
