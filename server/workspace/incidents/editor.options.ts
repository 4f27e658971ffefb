import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { Db } from '../../db/database.js';
import type { IncidentAudience } from '../../modules/incidents/incident-scope.repo.js';
import { recentNames } from '../../modules/people/person.repo.js';
import { listPlaces } from '../../modules/places/place.repo.js';
import { listTerms } from '../../modules/vocabularies/vocabulary.repo.js';

export interface Option {
  value: string;
  label: string;
  group?: string;
}

/** Everything the editor's selects offer, labelled in the reader's language. */
export interface EditorOptions {
  regions: Option[];
  cities: Option[];
  placeTypes: Option[];
  types: Option[];
  victimRoles: Option[];
  sourceTypes: Option[];
  people: string[];
}

const label = (names: unknown, lang: Language, code: string) => {
  const t = names as LocalizedText;
  return t[lang] ?? t.en ?? t.ru ?? code;
};

export async function editorOptions(
  db: Db,
  lang: Language,
  audience: IncidentAudience,
): Promise<EditorOptions> {
  const [regions, cities, placeTypes, typology, victimRoles, sourceTypes, people] = await Promise.all([
    listPlaces(db, { kind: 'region' }),
    listPlaces(db, { kind: 'city' }),
    listTerms(db, 'place_type'),
    listTerms(db, 'typology'),
    listTerms(db, 'victim_role'),
    listTerms(db, 'source_type'),
    // For the browser's suggestions while typing a victim's name: the most recently recorded.
    recentNames(db, audience, 1000),
  ]);
  const groups = new Map(
    typology.filter((t) => !t.parent_code).map((t) => [t.code, label(t.labels, lang, t.code)]),
  );
  const terms = (rows: typeof placeTypes) =>
    rows.map((t) => ({ value: t.code, label: label(t.labels, lang, t.code) }));
  return {
    regions: regions.map((p) => ({ value: p.code, label: label(p.names, lang, p.code) })),
    cities: cities.map((p) => ({ value: p.code, label: label(p.names, lang, p.code) })),
    placeTypes: terms(placeTypes),
    types: typology
      .filter((t) => t.parent_code)
      .map((t) => ({
        value: t.code,
        label: `${t.code} — ${label(t.labels, lang, t.code)}`,
        group: groups.get(t.parent_code as string) ?? '',
      })),
    victimRoles: terms(victimRoles),
    sourceTypes: terms(sourceTypes),
    people: [...new Set(people.map((p) => p.name))],
  };
}
