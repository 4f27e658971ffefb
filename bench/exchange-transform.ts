import { performance } from 'node:perf_hooks';
import { prepare, type TransformationStep } from '../server/modules/exchange/transform/registry.js';

/*
 * Cells per second of each import transformation, one process, on values shaped like real ones:
 * an import's own cost per row is the sum of its columns' transformations, so these bound how
 * fast a dry run can go before the database is touched.
 */

const BODY = `<div class="rich-text"><p>${'Police detained a reporter &amp; a photographer. '.repeat(40)}</p><p>Then&nbsp;released.</p></div>`;

const CASES: [string, TransformationStep, string[]][] = [
  [
    'split ", "',
    { name: 'split', options: { separator: ', ' } },
    ['Arrest / Criminal Charge, Physical Attack', '"Smith, John", Doe'],
  ],
  [
    'date (ISO, dotted, worded)',
    { name: 'date' },
    ['2019-03-12', '12.03.2019', '12 марта 2019 года', '2019 жылғы 12 наурыз'],
  ],
  ['country', { name: 'country' }, ['Kyrgyz Republic', 'Ресей', 'Қазақстан', 'USA']],
  ['place (found, not found)', { name: 'place' }, ['в Шымкенте', 'Қарағанды облысы', 'Oakland, California']],
  [
    'vocabulary (typology, uspft)',
    { name: 'vocabulary', options: { vocabulary: 'typology', scheme: 'uspft', whenSeveral: 'all' } },
    ['Physical Attack', 'Нападение', 'Leak Case'],
  ],
  ['vocabulary, unknown label', { name: 'vocabulary', options: { vocabulary: 'typology' } }, ['Asault']],
  ['boolean', { name: 'boolean' }, ['Да', 'жоқ', 'True']],
  ['integer', { name: 'integer' }, ['1 000', '42']],
  ['text, HTML body of 2 KB', { name: 'text', options: { html: true, multiline: true } }, [BODY]],
];

function main() {
  for (const [name, step, values] of CASES) {
    const prepared = prepare(step);
    if (!prepared.ok) throw new Error(prepared.reason);
    const runs = 50_000;
    for (let i = 0; i < 2_000; i++) prepared.run(values[i % values.length] as string);
    const start = performance.now();
    for (let i = 0; i < runs; i++) prepared.run(values[i % values.length] as string);
    const perSecond = Math.round(runs / ((performance.now() - start) / 1000));
    console.log(`${name.padEnd(32)} ${String(perSecond).padStart(10)} cells/s`);
  }
}

main();
