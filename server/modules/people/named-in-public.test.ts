import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorRow, PersonRow } from '../../db/schema.js';
import {
  isActorNamedInPublic,
  isIndividualActor,
  isNamedInPublic,
  withheldNameForms,
} from './named-in-public.js';

const person = (over: Partial<PersonRow>): PersonRow =>
  ({ id: 'p', name: 'Name', names: {}, aliases: [], consent_to_name: false, ...over }) as PersonRow;
const actor = (over: Partial<ActorRow>): ActorRow =>
  ({
    id: 'a',
    actor_type: 'police',
    name: null,
    names: {},
    person_id: null,
    name_public: false,
    ...over,
  }) as ActorRow;

test('people are named in public with their consent only', () => {
  assert.equal(isNamedInPublic(person({ consent_to_name: true })), true);
  assert.equal(isNamedInPublic(person({ consent_to_name: false })), false);
});

test('institutions are named; individuals only when marked public', () => {
  assert.equal(isActorNamedInPublic(actor({ name: 'Kokshetau city police' })), true);
  assert.equal(isIndividualActor(actor({ actor_type: 'private_individual' })), true);
  assert.equal(isActorNamedInPublic(actor({ actor_type: 'private_individual' })), false);
  assert.equal(isActorNamedInPublic(actor({ actor_type: 'police', person_id: 'p1' })), false);
  assert.equal(isActorNamedInPublic(actor({ actor_type: 'private_individual', name_public: true })), true);
});

test('withheld forms: unconsented people in full, individuals by their capitalised words, their person too', () => {
  const forms = withheldNameForms(
    [
      person({ name: 'Ерболат Нурланов', names: { en: 'Yerbolat Nurlanov' }, aliases: ['Ербол'] }),
      person({ id: 'named', name: 'Oksana Matasova', consent_to_name: true }),
    ],
    [
      actor({ actor_type: 'private_individual', names: { en: 'The man who attacked Oksana Matasova' } }),
      actor({ actor_type: 'private_individual', name: 'Серік Ахметов' }),
      actor({ actor_type: 'police', name: 'Kokshetau city police' }),
      actor({ actor_type: 'courts', person_id: 'judge', name: 'Judge' }),
    ],
    new Map([['judge', person({ id: 'judge', name: 'Асель Омарова', consent_to_name: true })]]),
  );
  assert.deepEqual(forms, [
    'Ерболат Нурланов',
    'Yerbolat Nurlanov',
    'Ербол',
    'Серік',
    'Ахметов',
    'Judge',
    'Асель Омарова',
  ]);
});
