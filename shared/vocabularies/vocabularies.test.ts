import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES } from '../languages.js';
import { VOCABULARIES } from './index.js';
import { CROSSWALK_SCHEMES } from './types.js';

test('every term has a unique code and a label and definition in kk, ru and en', () => {
  for (const [name, terms] of Object.entries(VOCABULARIES)) {
    const codes = terms.map((t) => t.code);
    assert.equal(new Set(codes).size, codes.length, `${name} has duplicate codes`);
    for (const term of terms) {
      for (const lang of LANGUAGES) {
        assert.ok(term.labels[lang]?.trim(), `${name}/${term.code} has no ${lang} label`);
        assert.ok(term.definitions[lang]?.trim(), `${name}/${term.code} has no ${lang} definition`);
      }
      for (const scheme of Object.keys(term.crosswalk)) {
        assert.ok(
          (CROSSWALK_SCHEMES as readonly string[]).includes(scheme),
          `${name}/${term.code}: unknown scheme ${scheme}`,
        );
      }
    }
  }
});

test('the typology has groups A–I and every code the product names, each under a group', () => {
  const typology = VOCABULARIES.typology;
  const groups = typology.filter((t) => t.parent === null).map((t) => t.code);
  assert.deepEqual(groups, ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
  const required: Record<string, string[]> = {
    A: ['murder', 'attempted_murder', 'death_in_custody', 'disappearance', 'abduction'],
    B: ['assault', 'injury_by_police_weapons', 'ill_treatment_in_custody', 'sexual_violence'],
    C: ['threat', 'online_harassment', 'pressure_on_family', 'smear_by_officials', 'stalking'],
    D: ['arson', 'equipment_damage', 'vandalism_of_premises', 'forced_deletion', 'cyber_attack'],
    E: [
      'short_detention',
      'arrest',
      'administrative_arrest',
      'pre_trial_detention',
      'imprisonment',
      'house_arrest',
    ],
    F: [
      'criminal_prosecution',
      'administrative_fine',
      'civil_suit',
      'summons',
      'search',
      'seizure',
      'prosecution_of_sources',
    ],
    G: [
      'interference',
      'denial_of_access',
      'denial_of_accreditation',
      'refusal_of_information',
      'closed_hearing',
      'border_stop',
      'expulsion',
    ],
    H: [
      'blocking',
      'takedown',
      'suspension_or_closure',
      'editorial_interference',
      'economic_pressure',
      'dismissal',
    ],
    I: ['spyware', 'interception', 'physical_surveillance', 'exposure_of_sources'],
  };
  const parentOf = new Map(typology.map((t) => [t.code, t.parent]));
  for (const [group, codes] of Object.entries(required)) {
    for (const code of codes) assert.equal(parentOf.get(code), group, `${code} should be in group ${group}`);
  }
  for (const term of typology) if (term.parent !== null) assert.ok(groups.includes(term.parent), term.code);
});

test('every U.S. Press Freedom Tracker category maps to at least one code', () => {
  const mapped = new Set(VOCABULARIES.typology.flatMap((t) => t.crosswalk.uspft ?? []));
  for (const category of [
    'Arrest / Criminal Charge',
    'Physical Attack',
    'Border Stop',
    'Denial of Access',
    'Equipment Damage',
    'Equipment Search or Seizure',
    'Subpoena / Legal Order',
    'Leak Case',
    'Prior Restraint',
    'Chilling Statement',
  ]) {
    assert.ok(mapped.has(category), category);
  }
});
