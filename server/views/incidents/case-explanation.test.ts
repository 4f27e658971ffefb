import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccountabilityStatus } from '../../../shared/accountability/codes.js';
import { actorName, type CaseFacts, explainCase } from '../../../shared/accountability/explain.js';
import { explanationText } from './case-explanation.js';

const track = (...events: [string, string | null][]) => ({
  kind: 'against_perpetrators',
  events: events.map(([type, on]) => ({ type, on })),
});

const facts = (status: AccountabilityStatus, reason: string, proceedings: CaseFacts['proceedings']) => ({
  accountability: { status, reason, override: null },
  proceedings,
});

test('each reason of the rule is told with the date of the event it came from', () => {
  const cases: [CaseFacts, string][] = [
    [
      facts('impunity', 'refusal_to_open', [
        track(['complaint_filed', '2024-03-01'], ['refusal_to_open', '2024-04-02']),
      ]),
      'The authorities refused to open a criminal case on April 2, 2024.',
    ],
    [
      facts('impunity', 'suspended_perpetrator_unknown', [
        track(['case_opened', '2023-05'], ['suspended_perpetrator_unknown', '2023-11-20']),
      ]),
      'The investigation was suspended on November 20, 2023 because the perpetrator was not identified.',
    ],
    [
      facts('impunity', 'dropped', [track(['case_opened', null], ['dropped', '2024-06'])]),
      'The case was closed without charges on June 2024.',
    ],
    [facts('impunity', 'dropped', [track(['dropped', null])]), 'The case was closed without charges.'],
    [
      facts('impunity', 'victim_prosecuted', [track(['victim_prosecuted', '2022-01-10'])]),
      'On January 10, 2022 the journalist who was attacked was prosecuted instead.',
    ],
    [
      facts('impunity', 'victim_blamed', [track(['victim_blamed', null])]),
      'The authorities blamed the journalist instead of the perpetrators.',
    ],
    [
      facts('impunity', 'acquitted', [track(['sent_to_court', '2023'], ['acquitted', '2024-02-05'])]),
      'The accused were acquitted on February 5, 2024.',
    ],
    [
      facts('impunity', 'acquitted', []),
      'Those accused were acquitted or released, and nobody was convicted.',
    ],
    [
      facts('impunity', 'stalled', [
        track(
          ['complaint_filed', '2024-05-12'],
          ['case_opened', '2024-05'],
          ['no_information', '2025-01-01'],
        ),
      ]),
      'No procedural step since May 2024.',
    ],
    [
      facts('impunity', 'stalled', [track(['case_opened', '2024-05-12'])]),
      'No procedural step since May 12, 2024.',
    ],
    [
      facts('pending', 'in_progress', [track(['case_opened', '2026-10-01'])]),
      'The case is open; its last procedural step was on October 1, 2026.',
    ],
    [
      facts('pending', 'in_progress', []),
      'Someone involved has been identified, detained or charged; no proceedings are recorded yet.',
    ],
    [
      facts('justice', 'all_convicted', [track(['convicted', '2025-03-03'])]),
      'Everyone recorded as responsible was convicted (verdict of March 3, 2025).',
    ],
    [
      facts('partial', 'organisers_not_convicted', [track(['convicted', '2025-03-03'])]),
      'The perpetrators were convicted on March 3, 2025, but not those who ordered or incited the attack.',
    ],
    [
      facts('partial', 'some_not_convicted', []),
      'Some of those responsible were convicted; the others were not.',
    ],
    [facts('unknown', 'no_information', []), 'Nothing is known yet about any investigation.'],
  ];
  for (const [given, sentence] of cases) assert.equal(explanationText('en', explainCase(given)), sentence);
});

test('the case against the journalist does not date the case against the perpetrators', () => {
  const given = facts('impunity', 'dropped', [
    { kind: 'against_journalist', events: [{ type: 'dropped', on: '2025-01-01' }] },
    track(['dropped', '2024-02-02']),
  ]);
  assert.deepEqual(explainCase(given), { reason: 'dropped', on: '2024-02-02' });
});

test('an override gives the editors’ reason; an unknown reason falls back to the definition', () => {
  const overridden = {
    accountability: {
      status: 'impunity' as const,
      reason: 'override',
      override: { status: 'impunity' as const, reason: 'Overturned on appeal' },
    },
    proceedings: [],
  };
  assert.equal(
    explanationText('ru', explainCase(overridden)),
    'Статус установлен редакцией: Overturned on appeal',
  );
  assert.equal(explainCase(facts('impunity', 'something_new', [])), null);
});

test('the sentences read in kk and ru with the date in each language', () => {
  const refused = explainCase(
    facts('impunity', 'refusal_to_open', [track(['refusal_to_open', '2024-04-02'])]),
  );
  assert.match(
    explanationText('ru', refused) ?? '',
    /^2 апреля 2024\sг\. в возбуждении уголовного дела отказано\.$/,
  );
  assert.match(explanationText('kk', refused) ?? '', /сәуір.*: қылмыстық іс қозғаудан бас тартылды\.$/);
  const stalled = explainCase(facts('impunity', 'stalled', [track(['case_opened', '2024-05-12'])]));
  assert.match(explanationText('ru', stalled) ?? '', /^Никаких процессуальных действий с 12 мая 2024/);
});

test('an actor’s name in the reader’s language, else as recorded, else none', () => {
  assert.equal(
    actorName({ name: 'Kokshetau city police', names: { ru: 'Полиция Кокшетау' } }, 'ru'),
    'Полиция Кокшетау',
  );
  assert.equal(actorName({ name: 'Kokshetau city police', names: {} }, 'kk'), 'Kokshetau city police');
  assert.equal(actorName({ name: null, names: { en: 'Guards' } }, 'kk'), 'Guards');
  assert.equal(actorName({ name: ' ', names: {} }, 'en'), null);
});
