import { skeletonWords } from '../../../shared/text/transliterate.js';
import type { Db } from '../../db/database.js';
import type { IncidentAudience } from '../../modules/incidents/incident-scope.repo.js';
import { findPerson } from '../../modules/people/person.repo.js';
import { type PersonCandidate, searchPersons } from '../../modules/people/person-search.js';
import { type FormValues, rowCount } from './incident-form.js';

/*
 * Who each victim row names. A row carries the person chosen (`personId`), what was typed
 * (`person`), and after a search or a near-namesake warning the choice made among the candidates
 * (`choice`: a person's id, or `new`). A name that folds to someone already recorded is never
 * silently made into a second person: the form comes back with the candidates to choose from.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Candidates shown under victim rows, by row index. */
export type Namesakes = Map<number, PersonCandidate[]>;

/** A victim as the incident document takes it: an existing person, or a new one. */
export type VictimEntry =
  | { key: string; personId: string }
  | {
      key: string;
      person: { name: string; consentToName: boolean; roles: string[]; outletIds: string[] };
    };

const folded = (s: string) => skeletonWords(s).join(' ');

/** Whether `typed` is the person's name or one of its spellings, in any script. */
function namesThem(person: { name: string; names: unknown; aliases: string[] }, typed: string): boolean {
  const want = folded(typed);
  const spellings = [person.name, ...Object.values(person.names as object), ...person.aliases];
  return want !== '' && spellings.some((s) => typeof s === 'string' && folded(s) === want);
}

/** The outlets a row lists (a multiple choice travels as ids joined by commas). */
export const outletIdsOf = (values: FormValues, i: number) =>
  (values[`victims.${i}.outletIds`] ?? '').split(',').filter((id) => UUID.test(id));

/**
 * Applies the choices made among candidates: a person picked becomes the row's person (their name
 * in the field), `new` marks the typed name as a person to create. Ids the reader may not see are
 * dropped, as if never sent.
 */
export async function applyChoices(db: Db, audience: IncidentAudience, values: FormValues) {
  const out = { ...values };
  for (let i = 0; i < rowCount(values, 'victims'); i++) {
    const choice = values[`victims.${i}.choice`] ?? '';
    delete out[`victims.${i}.choice`];
    if (choice === 'new') {
      out[`victims.${i}.personId`] = '';
      out[`victims.${i}.new`] = 'true';
    } else if (UUID.test(choice)) {
      const person = await findPerson(db, choice, audience);
      if (!person) continue;
      out[`victims.${i}.personId`] = person.id;
      out[`victims.${i}.person`] = person.name;
      out[`victims.${i}.new`] = '';
    }
  }
  return out;
}

/** The person a row already names, if the id it carries is one the reader may see and the name still fits. */
async function carriedPerson(db: Db, audience: IncidentAudience, values: FormValues, i: number) {
  const typed = values[`victims.${i}.person`]?.trim() ?? '';
  const carried = values[`victims.${i}.personId`] ?? '';
  const id = UUID.test(typed) ? typed : carried;
  if (!UUID.test(id)) return null;
  const person = await findPerson(db, id, audience);
  if (!person) return null;
  return UUID.test(typed) || namesThem(person, typed) ? person.id : null;
}

/**
 * Every victim row with a name, resolved: a person chosen or carried; a name recorded exactly once
 * with this very spelling; a new person when nobody near is recorded or the person chose to create
 * one anyway. Rows whose name is near someone recorded come back as namesakes instead.
 */
export async function resolveVictims(
  db: Db,
  audience: IncidentAudience,
  values: FormValues,
): Promise<{ victims: VictimEntry[]; namesakes: Namesakes; rows: number[] }> {
  const victims: VictimEntry[] = [];
  const rows: number[] = [];
  const namesakes: Namesakes = new Map();
  for (let i = 0; i < rowCount(values, 'victims'); i++) {
    const typed = values[`victims.${i}.person`]?.trim() ?? '';
    if (!typed) continue;
    const key = `v${i}`;
    const carried = await carriedPerson(db, audience, values, i);
    if (carried) {
      rows.push(i);
      victims.push({ key, personId: carried });
      continue;
    }
    if (values[`victims.${i}.new`] !== 'true') {
      const candidates = await searchPersons(db, audience, typed);
      const same = candidates.filter((c) => c.name.toLowerCase() === typed.toLowerCase());
      if (same.length === 1 && candidates.filter((c) => c.exact).length === 1) {
        rows.push(i);
        victims.push({ key, personId: (same[0] as PersonCandidate).id });
        continue;
      }
      if (candidates.length > 0) {
        namesakes.set(i, candidates);
        continue;
      }
    }
    const role = values[`victims.${i}.role`];
    rows.push(i);
    victims.push({
      key,
      person: {
        name: typed,
        consentToName: values[`victims.${i}.consent`] === 'true',
        roles: role ? [role] : [],
        outletIds: outletIdsOf(values, i),
      },
    });
  }
  return { victims, namesakes, rows };
}

/** The people a "find" on one row offers: whoever matches its name, in any script. */
export function findFor(db: Db, audience: IncidentAudience, values: FormValues, i: number) {
  return searchPersons(db, audience, values[`victims.${i}.person`] ?? '');
}
