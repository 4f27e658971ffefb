import assert from 'node:assert/strict';
import type { TestContext } from './app.js';
import { buildIncident, buildPerson } from './factories.js';

/*
 * Withheld names written the ways a monitor writes them: in the other script, inflected, with long
 * Kazakh suffixes, in every public text field of every record type. None of these spellings may
 * reach a public reader by any route; the institution and the consenting colleague must.
 */
export const LEAKS = [
  'Yerbolat',
  'Ерболат',
  'Nurlanov',
  'Нурланов',
  'Нұрланов',
  'Маркербаев',
  'Markerbaev',
  'Akhmetov',
  'Ахметов',
  'Серік',
  'Serik',
  'Zhumabaeva',
  'Жұмабаева',
  'Жумабаев',
  'Seitkali',
  'Сейтқали',
  'Сейткали',
];
export const SHOWN = ['Kokshetau city police', 'Named Colleague'];

export function assertNoLeak(text: string, where: string) {
  const lower = text.toLowerCase();
  for (const leak of LEAKS) assert.ok(!lower.includes(leak.toLowerCase()), `${where} leaks "${leak}"`);
}

let t: TestContext;
let incident: { id: string; reference: string } = { id: '', reference: '' };
let confidential = '';
let individualActor = '';

async function recordIncident() {
  const res = await t.post(
    '/api/v1/incidents',
    buildIncident({
      title: {
        en: 'Yerbolat Nurlanov detained after Serik Akhmetov threatened him',
        ru: 'Нурланова задержали',
        kk: 'Маркербаевалардың үйі тінтілді',
      },
      description: { en: "Nurlanov's camera was taken.", ru: 'Нурлановым и Маркербаевой угрожали.' },
      place: {
        country: 'KZ',
        region: 'KZ-SEV',
        city: 'KZ-SEV-petropavlovsk',
        type: 'street_or_public_place',
        detail: { en: "outside Nurlanov's house" },
      },
      victims: [
        {
          key: 'withheld',
          person: buildPerson({
            name: 'Ерболат Нурланов',
            names: { ru: 'Ерболат Нурланов', kk: 'Ерболат Нұрланов' },
            consentToName: false,
          }),
        },
        {
          key: 'kazakh',
          person: buildPerson({ name: 'Айгүл Маркербаева', names: {}, consentToName: false }),
        },
        {
          key: 'named',
          person: buildPerson({
            name: 'Named Colleague',
            names: { en: 'Named Colleague' },
            consentToName: true,
          }),
        },
      ],
      violations: [
        { typeCode: 'assault', victim: 'withheld', description: { kk: 'Маркербаеваға қоқан-лоққы' } },
        { typeCode: 'threat', victim: 'kazakh' },
        { typeCode: 'threat', victim: 'named', description: { en: 'Named Colleague was threatened' } },
      ],
      sources: [
        {
          type: 'media_report',
          url: 'https://example.org/news/yerbolat-nurlanov-detained',
          title: 'Interview with Yerbolat',
          publisher: 'Блог Нурланова',
          excerpt: 'Nurlanov said the police came at night',
          language: 'en',
          public: true,
        },
      ],
    }),
  );
  assert.equal(res.status, 201, res.text);
  return res.body as { id: string; reference: string; victims: { key: string; personId: string }[] };
}

async function recordCase(withheldPersonId: string) {
  const id = incident.id;
  const individual = await t.post(`/api/v1/incidents/${id}/involvements`, {
    actor: { type: 'private_individual', name: 'Серік Ахметов', names: { en: 'Serik Akhmetov' } },
    role: 'executor',
  });
  assert.equal(individual.status, 201, individual.text);
  individualActor = individual.body.involvements[0].actor.id;
  const police = await t.post(`/api/v1/incidents/${id}/involvements`, {
    actor: { type: 'police', name: 'Kokshetau city police', names: { en: 'Kokshetau city police' } },
    role: 'executor',
  });
  assert.equal(police.status, 201, police.text);
  const proceeding = await t.post(`/api/v1/incidents/${id}/proceedings`, {
    kind: 'against_journalist',
    subjectId: withheldPersonId,
    authority: 'Court of Nurlanov district',
    caseNumber: 'Nurlanov-2023',
    article: 'Art. 274 (Нурланову вменяют)',
  });
  assert.equal(proceeding.status, 201, proceeding.text);
  const proceedingId = proceeding.body.proceedings[0].id;
  const event = await t.post(`/api/v1/proceedings/${proceedingId}/events`, {
    type: 'dropped',
    on: '2023-05-01',
    reason: 'Ахметов отозвал заявление против Нурланова',
  });
  assert.equal(event.status, 201, event.text);
  const subject = await t.post(
    '/api/v1/people',
    buildPerson({ name: 'Бауыржан Сейтқали', consentToName: false }),
  );
  assert.equal(subject.status, 201, subject.text);
  const perpetrators = await t.post(`/api/v1/incidents/${id}/proceedings`, {
    kind: 'against_perpetrators',
    authority: 'Investigator Seitkali',
  });
  assert.equal(perpetrators.status, 201, perpetrators.text);
  const against = perpetrators.body.proceedings.find(
    (p: { kind: string }) => p.kind === 'against_perpetrators',
  ).id;
  for (const step of [
    { type: 'case_opened', on: '2023-03-01', article: 'Art. 1 (Сейткали қарады)' },
    { type: 'convicted', on: '2023-04-01', sentence: 'Ахметову 2 года; Seitkali appealed' },
  ]) {
    const res = await t.post(`/api/v1/proceedings/${against}/events`, step);
    assert.equal(res.status, 201, res.text);
  }
  const journalist = await t.post(`/api/v1/incidents/${id}/proceedings`, {
    kind: 'against_journalist',
    subjectId: subject.body.id,
    note: 'internal',
  });
  assert.equal(journalist.status, 201, journalist.text);
  const override = await t.put(`/api/v1/incidents/${id}/accountability-override`, {
    status: 'impunity',
    reason: 'Akhmetov was never questioned about Nurlanov',
  });
  assert.equal(override.status, 200, override.text);
}

async function recordOthers() {
  const hidden = await t.post(
    '/api/v1/incidents',
    buildIncident({
      visibility: 'confidential',
      victims: [{ key: 'v', person: buildPerson({ name: 'Дана Жұмабаева', consentToName: false }) }],
      violations: [{ typeCode: 'threat', victim: 'v' }],
    }),
  );
  assert.equal(hidden.status, 201, hidden.text);
  confidential = hidden.body.id;
  const statement = await t.post('/api/v1/interventions', {
    kind: 'letter',
    issuedOn: '2023-06-01',
    title: { en: 'Free Yerbolat Nurlanov', ru: 'Освободите Нурланова' },
    body: { en: 'Nurlanov and Zhumabaeva were threatened.', kk: 'Жұмабаеваны қорқытты.' },
    issuedBy: 'Friends of Nurlanov',
    addressee: 'Akim, about Zhumabaeva',
    replyStatus: 'formal',
    replyOn: '2023-06-10',
    replyText: 'We spoke to Nurlanov',
    sourceExcerpt: 'Nurlanov, Жумабаевой',
    url: 'https://example.org/statements/free-nurlanov',
    incidentIds: [incident.id, confidential],
  });
  assert.equal(statement.status, 201, statement.text);
  const figure = await t.post('/api/v1/published-figures', {
    organisation: 'Adilet Watch',
    country: 'KZ',
    periodStart: '2023-01-01',
    periodEnd: '2023-12-31',
    category: { en: 'Attacks such as on Nurlanov' },
    count: 12,
    source: 'Report naming Nurlanov',
    sourceExcerpt: 'including Yerbolat Nurlanov and Qairatov',
  });
  assert.equal(figure.status, 201, figure.text);
}

/**
 * Records an incident whose withheld names are written in every public text field of it, its
 * case, a letter also linked to a confidential incident, and a published figure.
 */
export async function seedWithheldNames(ctx: TestContext) {
  t = ctx;
  const recorded = await recordIncident();
  incident = recorded;
  const withheld = recorded.victims.find((v) => v.key !== 'named' && v.personId)?.personId as string;
  await recordCase(withheld);
  await recordOthers();
  return { incident, individualActor };
}
