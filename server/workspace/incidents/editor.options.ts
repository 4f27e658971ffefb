import type { Language, LocalizedText } from '../../../shared/languages.js';
import type { Db } from '../../db/database.js';
import type { IncidentAudience } from '../../modules/incidents/incident-scope.repo.js';
import { listOutlets } from '../../modules/outlets/outlet.repo.js';
import { listPlaces } from '../../modules/places/place.repo.js';
import { listTerms } from '../../modules/vocabularies/vocabulary.repo.js';
import type { Options } from '../views/fields.js';

/** One choice of a list: value, label, and the heading it goes under. */
export interface Option {
  value: string;
  label: string;
  group?: string;
}

/** Choices under a heading: the types of a typology group, the cities of a region. */
export interface OptionGroup {
  label: string;
  options: Options;
  data?: Record<string, string>;
}

/** Everything the editor's lists offer, labelled and sorted in the reader's language. */
export interface EditorOptions {
  regions: Options;
  /** Cities under their region, regions in the reader's alphabetical order. */
  cities: OptionGroup[];
  placeTypes: Options;
  types: OptionGroup[];
  victimRoles: Options;
  sourceTypes: Options;
  outlets: Options;
}

const label = (names: unknown, lang: Language, code: string) => {
  const t = names as LocalizedText;
  return t[lang] || t.ru || t.en || t.kk || code;
};

/** Choices sorted by their label as the reader's language sorts (Ә after А, Ё with Е). */
function sorted(lang: Language, options: [string, string][]): [string, string][] {
  const collator = new Intl.Collator(lang === 'kk' ? 'kk-KZ' : lang);
  return options.sort((a, b) => collator.compare(a[1], b[1]));
}

/** The region code a city's select group names, so a script can show only the chosen region's. */
export const REGION_DATA = 'data-region';

export async function editorOptions(
  db: Db,
  lang: Language,
  audience: IncidentAudience,
  noRegion: string,
): Promise<EditorOptions> {
  const [regions, cities, placeTypes, typology, victimRoles, sourceTypes, outlets] = await Promise.all([
    listPlaces(db, { kind: 'region' }),
    listPlaces(db, { kind: 'city' }),
    listTerms(db, 'place_type'),
    listTerms(db, 'typology'),
    listTerms(db, 'victim_role'),
    listTerms(db, 'source_type'),
    listOutlets(db, undefined, audience),
  ]);
  const terms = (rows: typeof placeTypes) =>
    sorted(
      lang,
      rows.map((t) => [t.code, label(t.labels, lang, t.code)]),
    );
  const regionOptions = sorted(
    lang,
    regions.map((p) => [p.code, label(p.names, lang, p.code)]),
  );
  const cityGroups: OptionGroup[] = regionOptions.map(([code, name]) => ({
    label: name,
    data: { [REGION_DATA]: code },
    options: sorted(
      lang,
      cities.filter((c) => c.parent_code === code).map((c) => [c.code, label(c.names, lang, c.code)]),
    ),
  }));
  const known = new Set(regions.map((r) => r.code));
  const orphans = cities.filter((c) => !c.parent_code || !known.has(c.parent_code));
  if (orphans.length) {
    cityGroups.push({
      label: noRegion,
      data: { [REGION_DATA]: '' },
      options: sorted(
        lang,
        orphans.map((c) => [c.code, label(c.names, lang, c.code)]),
      ),
    });
  }
  // Typology groups in their code order (A killing … I surveillance), types by name within each.
  const types: OptionGroup[] = typology
    .filter((t) => !t.parent_code)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((g) => ({
      label: label(g.labels, lang, g.code),
      options: terms(typology.filter((t) => t.parent_code === g.code)),
    }))
    .filter((g) => g.options.length > 0);
  return {
    regions: regionOptions,
    cities: cityGroups.filter((g) => g.options.length > 0),
    placeTypes: terms(placeTypes),
    types,
    victimRoles: terms(victimRoles),
    sourceTypes: terms(sourceTypes),
    outlets: sorted(
      lang,
      outlets.map((o) => [o.id, label(o.names, lang, o.name)]),
    ),
  };
}
