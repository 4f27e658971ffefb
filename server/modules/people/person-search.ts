import type { Language, LocalizedText } from '../../../shared/languages.js';
import { searchDocument, skeletonWords } from '../../../shared/text/transliterate.js';
import type { Db } from '../../db/database.js';
import type { IncidentAudience } from '../incidents/incident-scope.repo.js';
import { lastIncidentsOf, outletNamesOf, scopedNames } from './person-search.repo.js';

/*
 * Finding a person already recorded, whatever script their name was typed in: "Aigul Seitkali"
 * finds "Айгуль Сейткали". Each candidate says who they are (roles, outlets, latest incident) so
 * that the person choosing can tell two namesakes apart. Only people the reader may see are
 * listed, through the same scope as every other people query: someone who appears only in a
 * confidential incident is never offered to a reader not granted it.
 */

/** One person a search offers, with what tells them apart. */
export interface PersonCandidate {
  id: string;
  name: string;
  names: LocalizedText;
  roles: string[];
  outlets: { id: string; name: string }[];
  lastIncident: { reference: string; date: string | null; title: LocalizedText } | null;
  /** The typed name folds to exactly this person's name or one of their spellings. */
  exact: boolean;
}

/** How far a typed word may go along a name's word and still match it. */
const SHORTEST_STEM = 4;

/**
 * Whether every typed word matches a word of the name: as its beginning ("Aig" → "Айгуль"), or,
 * for a longer typed word, by sharing a stem ("Seitkalieva" → "Сейткали").
 */
export function nameMatches(typedKeys: string[], nameKeys: string[]): boolean {
  if (typedKeys.length === 0) return false;
  return typedKeys.every((w) =>
    nameKeys.some((k) => k.startsWith(w) || (k.length >= SHORTEST_STEM && w.startsWith(k))),
  );
}

const spellings = (row: { name: string; names: unknown; aliases: string[] }) => [
  row.name,
  ...Object.values((row.names ?? {}) as Record<string, string>),
  ...row.aliases,
];

/** The people the reader may see whose name, in any script, matches what was typed; best first. */
export async function searchPersons(
  db: Db,
  audience: IncidentAudience,
  typed: string,
  limit = 8,
): Promise<PersonCandidate[]> {
  const typedKeys = [...new Set(skeletonWords(typed))];
  if (typedKeys.length === 0) return [];
  const folded = typedKeys.join(' ');
  const rows = await scopedNames(db, audience);
  const found = rows
    .map((row) => {
      const keys = searchDocument(spellings(row)).split(' ');
      const exact = spellings(row).some((s) => [...new Set(skeletonWords(s))].join(' ') === folded);
      return { row, exact, matches: exact || nameMatches(typedKeys, keys) };
    })
    .filter((r) => r.matches)
    .sort((a, b) => Number(b.exact) - Number(a.exact))
    .slice(0, limit);
  const ids = found.map((f) => f.row.id);
  const [outlets, last] = await Promise.all([
    outletNamesOf(db, ids, audience),
    lastIncidentsOf(db, ids, audience),
  ]);
  return found.map(({ row, exact }) => {
    const incident = last.find((l) => l.person_id === row.id);
    return {
      id: row.id,
      name: row.name,
      names: row.names as LocalizedText,
      roles: row.roles,
      outlets: outlets.filter((o) => o.person_id === row.id).map((o) => ({ id: o.id, name: o.name })),
      lastIncident: incident
        ? { reference: incident.reference, date: incident.date_start, title: incident.title as LocalizedText }
        : null,
      exact,
    };
  });
}

/** The name a candidate goes by in the reader's language. */
export const candidateName = (c: PersonCandidate, lang: Language) => c.names[lang] || c.name;
