import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProceedingEventType } from './codes.js';
import { type AccountabilityInput, deriveAccountability, type InvolvementFacts } from './status.js';

const track = (...events: [ProceedingEventType, string | null][]) => ({
  kind: 'against_perpetrators' as const,
  events: events.map(([type, on]) => ({ type, on })),
});

const input = (over: Partial<AccountabilityInput>): AccountabilityInput => ({
  involvements: [],
  proceedings: [],
  today: '2026-11-24',
  stalledAfterDays: 180,
  ...over,
});

const executor = (status: InvolvementFacts['status']): InvolvementFacts => ({ role: 'executor', status });
const organiser = (status: InvolvementFacts['status']): InvolvementFacts => ({ role: 'organiser', status });

const cases: [string, AccountabilityInput, string, string][] = [
  // The seed documents' case stories.
  [
    'Kokshetau: the case against Matasova’s attacker was dropped because he "did not hear" her',
    input({
      involvements: [executor('identified')],
      proceedings: [track(['case_opened', null], ['dropped', null])],
    }),
    'impunity',
    'dropped',
  ],
  [
    'Petropavlovsk: despite the video, the journalists were blamed',
    input({ proceedings: [track(['complaint_filed', null], ['victim_blamed', null])] }),
    'impunity',
    'victim_blamed',
  ],
  [
    'Maitanov reported threats on 10 June 2021; no one was ever brought to justice',
    input({ proceedings: [track(['complaint_filed', '2021-06-10'])] }),
    'impunity',
    'stalled',
  ],
  [
    'Maitanov’s complaint seen a month after it was filed is still pending',
    input({ proceedings: [track(['complaint_filed', '2021-06-10'])], today: '2021-07-10' }),
    'pending',
    'in_progress',
  ],
  [
    'the attack at the human-rights bureau: under investigation since July 2019, nothing moved by November 2021',
    input({ proceedings: [track(['case_opened', '2019-07-31'])], today: '2021-11-02' }),
    'impunity',
    'stalled',
  ],
  [
    '2023 wave: 18 suspects detained, those who ordered the attacks unknown, two days after the police statement',
    input({
      involvements: [executor('detained'), organiser('unidentified')],
      proceedings: [track(['case_opened', '2023-02-05'], ['detained', '2023-02-21'])],
      today: '2023-02-23',
    }),
    'pending',
    'in_progress',
  ],
  [
    '2023 wave, later: the executors convicted, those who ordered it never identified',
    input({
      involvements: [executor('convicted'), executor('convicted'), organiser('unidentified')],
      proceedings: [
        track(['case_opened', '2023-02-05'], ['sent_to_court', '2023-09-01'], ['convicted', '2024-01-15']),
      ],
    }),
    'partial',
    'organisers_not_convicted',
  ],
  // The rest of the rule.
  ['nothing recorded', input({}), 'unknown', 'no_information'],
  [
    'only "no information"',
    input({ proceedings: [track(['no_information', '2022-01-01'])] }),
    'unknown',
    'no_information',
  ],
  [
    'everyone convicted, the organiser too',
    input({
      involvements: [
        executor('convicted'),
        organiser('convicted'),
        { role: 'failed_to_protect', status: 'identified' },
      ],
    }),
    'justice',
    'all_convicted',
  ],
  [
    'a conviction while an accomplice walks free',
    input({ involvements: [executor('convicted'), { role: 'accomplice', status: 'acquitted' }] }),
    'partial',
    'some_not_convicted',
  ],
  [
    'refusal to open a case',
    input({ proceedings: [track(['complaint_filed', '2024-01-01'], ['refusal_to_open', '2024-02-01'])] }),
    'impunity',
    'refusal_to_open',
  ],
  [
    'suspended: perpetrator unknown',
    input({
      proceedings: [track(['case_opened', '2024-01-01'], ['suspended_perpetrator_unknown', '2024-05-01'])],
    }),
    'impunity',
    'suspended_perpetrator_unknown',
  ],
  [
    'acquittal',
    input({ proceedings: [track(['sent_to_court', '2025-01-01'], ['acquitted', '2025-06-01'])] }),
    'impunity',
    'acquitted',
  ],
  [
    'a fresh event in one of two tracks keeps the case pending',
    input({
      proceedings: [
        track(['dropped', '2020-01-01']),
        track(['case_opened', '2020-01-01'], ['charged', '2026-10-01']),
      ],
    }),
    'pending',
    'in_progress',
  ],
  [
    'an undated open event cannot be judged stalled',
    input({ proceedings: [track(['case_opened', null])] }),
    'pending',
    'in_progress',
  ],
  [
    'suspects identified with no proceedings recorded: pending',
    input({ involvements: [executor('identified')] }),
    'pending',
    'in_progress',
  ],
  [
    'a case against the journalist does not count towards accountability',
    input({
      proceedings: [{ kind: 'against_journalist', events: [{ type: 'criminal_charge', on: '2025-01-01' }] }],
    }),
    'unknown',
    'no_information',
  ],
];

for (const [name, facts, status, reason] of cases) {
  test(name, () => {
    const result = deriveAccountability(facts);
    assert.deepEqual([result.status, result.reason], [status, reason]);
  });
}

test('the threshold decides when an open case is stalled', () => {
  const facts = input({ proceedings: [track(['case_opened', '2026-01-01'])], today: '2026-07-01' });
  assert.equal(deriveAccountability({ ...facts, stalledAfterDays: 365 }).status, 'pending');
  assert.equal(deriveAccountability({ ...facts, stalledAfterDays: 90 }).status, 'impunity');
  assert.equal(deriveAccountability({ ...facts, stalledAfterDays: 90 }).lastEventOn, '2026-01-01');
});
