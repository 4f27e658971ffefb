import type { LocalizedText } from '../../../shared/languages.js';
import type { ActorRow, PersonRow } from '../../db/schema.js';

/*
 * "Named in public", defined once. Every public presenter, the public search document and the
 * redaction of withheld names ask these functions, so that what the pages show, what the search
 * finds and what the redaction removes cannot disagree.
 */

/** Actor types that are always one person, whatever else the record says. */
export const INDIVIDUAL_ACTOR_TYPES: ReadonlySet<string> = new Set(['private_individual']);

/** A person may be named publicly only with their consent. */
export function isNamedInPublic(person: Pick<PersonRow, 'consent_to_name'>): boolean {
  return person.consent_to_name;
}

/** An actor who is one person: recorded among the people, or of an individual's type. */
export function isIndividualActor(actor: Pick<ActorRow, 'person_id' | 'actor_type'>): boolean {
  return actor.person_id !== null || INDIVIDUAL_ACTOR_TYPES.has(actor.actor_type);
}

/**
 * An institution is named publicly ("Kokshetau city police"); an individual only when an editor
 * marked the name public, since naming a suspect is for courts, not for a monitoring database.
 */
export function isActorNamedInPublic(
  actor: Pick<ActorRow, 'person_id' | 'actor_type' | 'name_public'>,
): boolean {
  return !isIndividualActor(actor) || actor.name_public;
}

type NameRecord = { name: string | null; names: unknown; aliases?: string[] };

/** Every recorded form of a name: the name, its spelling in each language, and the aliases. */
export function nameForms(record: NameRecord): string[] {
  const forms = [
    record.name,
    ...Object.values((record.names ?? {}) as LocalizedText),
    ...(record.aliases ?? []),
  ];
  return forms.filter((f): f is string => typeof f === 'string' && f.trim() !== '');
}

// Capitalised words that open a description rather than a name ("The man who…", "Неизвестный мужчина").
const DESCRIPTIVE = new Set(
  ['the', 'a', 'an', 'this', 'that', 'one', 'some', 'unknown', 'unidentified', 'man', 'woman', 'person']
    .concat([
      'этот',
      'эта',
      'тот',
      'та',
      'некий',
      'некая',
      'неизвестный',
      'неизвестная',
      'мужчина',
      'женщина',
    ])
    .concat(['бір', 'белгісіз', 'ер', 'әйел', 'адам', 'кісі']),
);

/**
 * The words of an individual actor's name to withhold. Editors often record an unidentified
 * individual by a description ("The man who attacked Oksana Matasova"), so only the words written
 * with a capital letter count, less the openers of descriptions and the names of people the same
 * record names in public (`named`): the victim of such a description stays named.
 */
function actorNameWords(actor: ActorRow, named: Set<string>): string[] {
  const words = nameForms(actor).flatMap((form) => form.match(/[\p{L}\p{M}\p{N}'’-]+/gu) ?? []);
  return words.filter(
    (w) => /^\p{Lu}/u.test(w) && !DESCRIPTIVE.has(w.toLowerCase()) && !named.has(w.toLowerCase()),
  );
}

/**
 * The names public text must not hold: people not named in public, and individual actors not
 * named in public with the person they are recorded as (`actorPeople`, by id).
 */
export function withheldNameForms(
  people: PersonRow[],
  actors: ActorRow[],
  actorPeople: Map<string, PersonRow>,
): string[] {
  const forms = people.filter((p) => !isNamedInPublic(p)).flatMap(nameForms);
  const named = new Set(
    people
      .filter(isNamedInPublic)
      .flatMap(nameForms)
      .flatMap((f) => f.toLowerCase().split(/\s+/)),
  );
  for (const actor of actors) {
    if (isActorNamedInPublic(actor)) continue;
    forms.push(...actorNameWords(actor, named));
    const person = actor.person_id ? actorPeople.get(actor.person_id) : undefined;
    if (person) forms.push(...nameForms(person));
  }
  return forms;
}
