import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES } from '../languages.js';
import {
  ACCOUNTABILITY_STATUSES,
  INTERVENTION_KINDS,
  INVOLVEMENT_ROLES,
  LEGAL_STATUSES,
  PROCEEDING_EVENT_TYPES,
  PROCEEDING_KINDS,
  REPLY_STATUSES,
} from './codes.js';
import * as labels from './labels.js';

const catalogs: [string, readonly string[], Record<string, labels.Term>][] = [
  ['involvement roles', INVOLVEMENT_ROLES, labels.INVOLVEMENT_ROLE_TERMS],
  ['legal statuses', LEGAL_STATUSES, labels.LEGAL_STATUS_TERMS],
  ['proceeding kinds', PROCEEDING_KINDS, labels.PROCEEDING_KIND_TERMS],
  ['proceeding events', PROCEEDING_EVENT_TYPES, labels.PROCEEDING_EVENT_TERMS],
  ['intervention kinds', INTERVENTION_KINDS, labels.INTERVENTION_KIND_TERMS],
  ['reply statuses', [...REPLY_STATUSES, 'overdue'], labels.REPLY_STATUS_TERMS],
  ['accountability statuses', ACCOUNTABILITY_STATUSES, labels.ACCOUNTABILITY_STATUS_TERMS],
];

test('every code of the accountability story has a label and a definition in kk, ru and en', () => {
  for (const [name, codes, terms] of catalogs) {
    assert.deepEqual(Object.keys(terms).sort(), [...codes].sort(), name);
    for (const code of codes) {
      for (const lang of LANGUAGES) {
        assert.ok(terms[code]?.label[lang]?.trim(), `${name}/${code}: no ${lang} label`);
        assert.ok(terms[code]?.definition[lang]?.trim(), `${name}/${code}: no ${lang} definition`);
      }
    }
  }
});
