import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CATALOGS } from '../../../../shared/i18n/index.js';
import { LANGUAGES } from '../../../../shared/languages.js';
import { placeOf } from '../../../workspace/help/draft-place.js';
import { prepare, TRANSFORMATION_NAMES, TRANSFORMATIONS, type TransformationName } from './registry.js';
import type { Transformed } from './result.js';

/** Every refusal code the tests saw: each must have its message in kk, ru and en. */
const seen = new Set<string>([
  'transformation_unknown',
  'transformation_options_invalid',
  'date_ambiguous',
  'date_impossible',
  'date_unrecognised',
  'label_ambiguous',
]);

/** Runs a transformation by name as a preset would, options read through its schema. */
function run(name: TransformationName, value: string, options: unknown = {}): Transformed<unknown> {
  const step = prepare({ name, options });
  assert.ok(step.ok, step.ok ? '' : step.reason);
  return step.run(value);
}
const accepted = (name: TransformationName, value: string, options?: unknown) => {
  const r = run(name, value, options);
  assert.ok(r.ok, `${name}(${value}): ${r.ok ? '' : r.reason}`);
  return r.value;
};
const refused = (name: TransformationName, value: string, options?: unknown) => {
  const r = run(name, value, options);
  assert.ok(!r.ok, `${name}(${value}) should be refused, got ${JSON.stringify(r.ok && r.value)}`);
  seen.add(r.code);
  assert.ok(
    r.reason.includes(JSON.stringify(value.slice(0, 80)).slice(1, -1)) || value.trim() === '',
    r.reason,
  );
  return r.code;
};

describe('registry', () => {
  test('a preset names each transformation as data, its options checked before any row', () => {
    assert.deepEqual(TRANSFORMATION_NAMES, [
      'split',
      'date',
      'country',
      'place',
      'vocabulary',
      'boolean',
      'integer',
      'text',
    ]);
    for (const name of TRANSFORMATION_NAMES)
      assert.ok(TRANSFORMATIONS[name].options.safeParse(undefined).success !== undefined);
    assert.deepEqual(prepare({ name: 'toString' }).ok, false);
    const unknown = prepare({ name: 'guess' });
    assert.ok(!unknown.ok && unknown.code === 'transformation_unknown');
    const bad = prepare({ name: 'date', options: { order: 'ymd' } });
    assert.ok(!bad.ok && bad.code === 'transformation_options_invalid' && bad.reason.includes('order'));
    const extra = prepare({ name: 'split', options: { separator: ';', trim: false } });
    assert.ok(!extra.ok, 'an option no transformation knows is an error, not ignored');
    const badCode = prepare({
      name: 'vocabulary',
      options: { vocabulary: 'typology', labels: { Hit: ['punch'] } },
    });
    assert.ok(!badCode.ok && badCode.reason.includes('punch'));
    assert.ok(!prepare({ name: 'vocabulary', options: {} }).ok, 'the vocabulary must be named');
  });
});

describe('split', () => {
  test('cuts at the separator, trims, drops empty parts and keeps quoted parts whole', () => {
    assert.deepEqual(accepted('split', 'Arrest / Criminal Charge, Physical Attack'), [
      'Arrest / Criminal Charge',
      'Physical Attack',
    ]);
    assert.deepEqual(accepted('split', 'a,,b, ,c', { separator: ', ' }), ['a', 'b', 'c']);
    assert.deepEqual(accepted('split', 'Борейко; Ким ;', { separator: ';' }), ['Борейко', 'Ким']);
    assert.deepEqual(accepted('split', 'бір\r\nекі\n\nүш', { separator: '\n' }), ['бір', 'екі', 'үш']);
    assert.deepEqual(accepted('split', '"Smith, John", Doe'), ['Smith, John', 'Doe']);
    assert.deepEqual(accepted('split', '"say ""no""", yes'), ['say "no"', 'yes']);
    assert.deepEqual(accepted('split', ''), []);
    assert.equal(refused('split', '"Smith, John'), 'split_unclosed_quote');
  });

  test('a list joined by its separator splits back into the same list', () => {
    const separator = fc.constantFrom(', ', ';', '\n', ' | ');
    const part = fc
      .string({ minLength: 1 })
      .filter((s) => s.trim() === s && s !== '' && !/[,;|"\r\n]/.test(s));
    fc.assert(
      fc.property(separator, fc.array(part), (sep, parts) => {
        assert.deepEqual(accepted('split', parts.join(sep), { separator: sep }), parts);
      }),
    );
  });
});

describe('country', () => {
  test('names in Kazakh, Russian and English, ISO codes and common variants', () => {
    const cases: [string, string][] = [
      ['Қазақстан', 'KZ'],
      ['Казахстан', 'KZ'],
      ['Kazakhstan', 'KZ'],
      ['kz', 'KZ'],
      ['KAZ', 'KZ'],
      ['Ресей', 'RU'],
      ['Россия', 'RU'],
      ['Russia', 'RU'],
      ['Russian Federation', 'RU'],
      ['РФ', 'RU'],
      ['Қырғызстан', 'KG'],
      ['Кыргызстан', 'KG'],
      ['Киргизия', 'KG'],
      ['Kyrgyzstan', 'KG'],
      ['Kyrgyz Republic', 'KG'],
      ['Өзбекстан', 'UZ'],
      ['Узбекистан', 'UZ'],
      ['U.S.A.', 'US'],
      ['United States', 'US'],
      ['США', 'US'],
      ['  türkiye ', 'TR'],
      ['Беларусь', 'BY'],
      ['UK', 'GB'],
      ['Mexico', 'MX'],
      ['Мексика', 'MX'],
    ];
    for (const [name, code] of cases) assert.equal(accepted('country', name), code, name);
  });

  test('an unknown country is refused', () => {
    for (const v of ['Narnia', 'Нарния', 'Алматы', 'XX'])
      assert.equal(refused('country', v), 'country_unknown');
    assert.equal(refused('country', ''), 'value_empty');
    assert.equal(refused('country', 'Congo'), 'country_ambiguous');
  });
});

describe('place', () => {
  test('regions and cities in any script, with case endings', () => {
    assert.deepEqual(accepted('place', 'Алматыда'), { country: 'KZ', region: 'KZ-ALA', city: '' });
    assert.deepEqual(accepted('place', 'в Шымкенте'), { country: 'KZ', region: 'KZ-SHY', city: '' });
    assert.deepEqual(accepted('place', 'Semey'), { country: 'KZ', region: 'KZ-10', city: 'KZ-10-semey' });
    assert.deepEqual(accepted('place', 'Семейде'), { country: 'KZ', region: 'KZ-10', city: 'KZ-10-semey' });
    assert.deepEqual(accepted('place', 'Семипалатинск'), {
      country: 'KZ',
      region: 'KZ-10',
      city: 'KZ-10-semey',
    });
    assert.deepEqual(accepted('place', 'Karaganda'), {
      country: 'KZ',
      region: 'KZ-KAR',
      city: 'KZ-KAR-karaganda',
    });
    // A region named after its centre is the region when the cell says so.
    assert.deepEqual(accepted('place', 'Қарағанды облысы'), { country: 'KZ', region: 'KZ-KAR', city: '' });
    assert.deepEqual(accepted('place', 'Алматы облысында'), { country: 'KZ', region: 'KZ-ALM', city: '' });
    assert.deepEqual(accepted('place', 'Almaty'), { country: 'KZ', region: 'KZ-ALA', city: '' });
  });

  test('a country alone gives the country, so the import can add its place', () => {
    assert.deepEqual(accepted('place', 'Kyrgyzstan'), { country: 'KG', region: '', city: '' });
    assert.deepEqual(accepted('place', 'Қазақстан'), { country: 'KZ', region: '', city: '' });
  });

  test('an unknown place is refused', () => {
    for (const v of ['Oakland', 'у нас во дворе', 'біздің ауыл'])
      assert.equal(refused('place', v), 'place_unknown');
  });

  test('the help desk draft reads places through the same matcher', () => {
    assert.deepEqual(placeOf('near Semey'), { region: 'KZ-10', city: 'KZ-10-semey' });
    assert.deepEqual(placeOf(undefined), { region: '', city: '' });
  });
});

describe('vocabulary', () => {
  const typology = { vocabulary: 'typology' };
  test('labels in any language and case, and codes', () => {
    assert.deepEqual(accepted('vocabulary', 'Нападение', typology), ['assault']);
    assert.deepEqual(accepted('vocabulary', 'шабуыл', typology), ['assault']);
    assert.deepEqual(accepted('vocabulary', 'ASSAULT', typology), ['assault']);
    assert.deepEqual(accepted('vocabulary', 'media_worker', { vocabulary: 'victim_role' }), ['media_worker']);
    assert.deepEqual(accepted('vocabulary', 'Фототілші', { vocabulary: 'victim_role' }), ['photographer']);
  });

  test("another organisation's categories by the crosswalk", () => {
    const pft = { vocabulary: 'typology', scheme: 'uspft' };
    assert.deepEqual(accepted('vocabulary', 'Equipment Damage', pft), ['equipment_damage']);
    assert.deepEqual(accepted('vocabulary', 'leak case', pft), ['prosecution_of_sources']);
    assert.equal(refused('vocabulary', 'Physical Attack', pft), 'label_ambiguous');
    assert.ok(
      (accepted('vocabulary', 'Physical Attack', { ...pft, whenSeveral: 'all' }) as string[]).includes(
        'assault',
      ),
    );
    assert.deepEqual(
      accepted('vocabulary', 'Physical Attack', { ...pft, labels: { 'physical attack': ['assault'] } }),
      ['assault'],
    );
    assert.deepEqual(accepted('vocabulary', 'Photographer', { vocabulary: 'victim_role', scheme: 'cpj' }), [
      'photographer',
    ]);
  });

  test('an unknown label is refused with the closest known labels', () => {
    const r = run('vocabulary', 'Asault', typology);
    assert.ok(!r.ok && r.code === 'label_unknown');
    assert.match(r.reason, /"Asault".*closest: Assault/);
    assert.equal(refused('vocabulary', 'Нападениеее', { vocabulary: 'victim_role' }), 'label_unknown');
  });
});

describe('boolean and integer', () => {
  test('yes and no in three languages', () => {
    for (const v of ['yes', 'Да', 'иә', 'ИӘ', 'true', '1', 'Y'])
      assert.equal(accepted('boolean', v), true, v);
    for (const v of ['no', 'нет', 'жоқ', 'False', '0']) assert.equal(accepted('boolean', v), false, v);
    assert.equal(accepted('boolean', 'Confirmed', { yes: ['confirmed'], no: ['unconfirmed'] }), true);
    for (const v of ['maybe', 'может быть', 'мүмкін', '2'])
      assert.equal(refused('boolean', v), 'boolean_invalid');
    assert.equal(refused('boolean', ' '), 'value_empty');
  });

  test('whole numbers, with digit groups as written in Russian and Kazakh', () => {
    assert.equal(accepted('integer', '42'), 42);
    assert.equal(accepted('integer', '1 000'), 1000);
    assert.equal(accepted('integer', '1\u00a0234\u00a0567'), 1234567);
    assert.equal(accepted('integer', '-7'), -7);
    assert.equal(accepted('integer', '-0'), 0);
    for (const v of ['1.5', '1,5', 'бес', 'five', '10 00', '1e3'])
      assert.equal(refused('integer', v), 'integer_invalid');
    assert.equal(refused('integer', '3000000000'), 'integer_out_of_range');
    assert.equal(refused('integer', '120', { max: 100 }), 'integer_out_of_range');
  });
});

describe('text', () => {
  test('trimmed and collapsed to one line, or kept in paragraphs', () => {
    assert.equal(accepted('text', '  Журналист   ұсталды \n  ауданда '), 'Журналист ұсталды ауданда');
    assert.equal(
      accepted('text', 'Первый  абзац.\r\n\r\n\r\nВторой.', { multiline: true }),
      'Первый абзац.\n\nВторой.',
    );
    assert.equal(refused('text', '   ', { allowEmpty: false }), 'value_empty');
    assert.equal(refused('text', 'too long', { maxLength: 3 }), 'text_too_long');
  });

  test('HTML bodies become their text, entities decoded and scripts dropped', () => {
    const body =
      '<div class="block-rich_text"><div class="rich-text"><p>Police detained a reporter &amp; a photographer&nbsp;in Oakland.</p>' +
      '<p>«Это&nbsp;&laquo;цензура&raquo;» &#1179;&#x0493;<br>next line</p><script>alert(1)</script>' +
      '<p>See <a href="https://example.org/x">the statement</a>.</p><img src="x.png" alt="photo"></div></div>';
    assert.equal(
      accepted('text', body, { html: true, multiline: true }),
      'Police detained a reporter & a photographer in Oakland.\n\n«Это «цензура»» қғ\nnext line\n\nSee the statement [https://example.org/x].',
    );
    assert.equal(accepted('text', '<b>Ұсталды</b> &lt;b&gt;', { html: true }), 'Ұсталды <b>');
  });
});

describe('refusal messages', () => {
  test('every refusal code has its message in Kazakh, Russian and English, filled from its details', () => {
    assert.ok(seen.size >= 14);
    for (const lang of LANGUAGES) {
      for (const code of seen)
        assert.ok(`ex.refused.${code}` in CATALOGS[lang], `${lang}: ex.refused.${code}`);
    }
    const r = run('vocabulary', 'Asault', { vocabulary: 'typology' });
    assert.ok(!r.ok && r.details?.closest?.startsWith('Assault'));
    const n = run('integer', '120', { max: 100 });
    assert.ok(!n.ok && n.details?.max === '100');
  });
});
