import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident } from '../../../test/helpers/factories.js';
import { signedIn } from '../../../test/helpers/workspace.js';
import { fieldId } from '../field-errors.js';

const t = useTestApp();

/** The input of one of the page's forms, by the form's scope and the field's name. */
function input(html: string, scope: string, name: string): string {
  const id = fieldId(`${scope}.${name}`);
  const found = new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html);
  assert.ok(found, `the field ${id} is on the page`);
  return found[0];
}

/** The reason written beside a field, when there is one. */
function reasonBeside(html: string, scope: string, name: string): string | null {
  const id = fieldId(`${scope}.${name}`);
  return new RegExp(`<span class="field-error" id="${id}-error">([^<]*)</span>`).exec(html)?.[1] ?? null;
}

/** The line of the summary at the top that links to a field. */
function summaryLine(html: string, scope: string, name: string): string | null {
  const id = fieldId(`${scope}.${name}`);
  return new RegExp(`<li><a href="#${id}">([^<]*)</a>: ([^<]*)</li>`).exec(html)?.slice(1).join(': ') ?? null;
}

describe('a refused form on the case page', () => {
  test('a new involvement keeps what was typed, with the label and reason in Russian', async () => {
    const incident = (await t.post('/api/v1/incidents', buildIncident())).body;
    const base = `/ru/workspace/incidents/${incident.reference}/case`;
    const monitor = await signedIn(t, 'monitor');
    const res = await monitor.submit(base, `${base}/involvements`, {
      actorType: 'police',
      actorName: 'Городская полиция Петропавловска',
      role: 'executor',
      headcount: '3',
      status: 'identified',
      statusOn: '2023-02-30',
      note: 'со слов свидетелей',
    });
    assert.equal(res.status, 422, res.html.slice(0, 800));
    assert.match(input(res.html, 'involvement', 'actorName'), /value="Городская полиция Петропавловска"/);
    assert.match(input(res.html, 'involvement', 'headcount'), /value="3"/);
    assert.match(input(res.html, 'involvement', 'statusOn'), /value="2023-02-30"/);
    assert.match(input(res.html, 'involvement', 'statusOn'), /aria-invalid="true"/);
    assert.match(input(res.html, 'involvement', 'note'), /value="со слов свидетелей"/);
    assert.match(res.html, /<option value="police" selected/);
    assert.equal(reasonBeside(res.html, 'involvement', 'statusOn'), 'Такой даты нет: 30 февраля');
    assert.equal(
      summaryLine(res.html, 'involvement', 'statusOn'),
      'Дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД): Такой даты нет: 30 февраля',
    );
    assert.ok(res.html.includes('Ничего не сохранено. Исправьте, пожалуйста:'));
    assert.equal(reasonBeside(res.html, 'involvement', 'actorName'), null, 'a good field has no reason');
    const story = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body;
    assert.equal(story.involvements.length, 0, 'nothing was saved');
  });

  test('a proceeding and its steps keep what was typed, in English and Russian', async () => {
    const incident = (await t.post('/api/v1/incidents', buildIncident())).body;
    const en = `/en/workspace/incidents/${incident.reference}/case`;
    const lawyer = await signedIn(t, 'lawyer');
    const long = 'x'.repeat(201);
    const refused = await lawyer.submit(en, `${en}/proceedings`, {
      kind: 'against_perpetrators',
      authority: 'Regional prosecutor',
      caseNumber: long,
      article: 'Art. 158',
    });
    assert.equal(refused.status, 422, refused.html.slice(0, 800));
    assert.match(input(refused.html, 'proceeding', 'authority'), /value="Regional prosecutor"/);
    assert.match(input(refused.html, 'proceeding', 'caseNumber'), new RegExp(`value="${long}"`));
    assert.equal(reasonBeside(refused.html, 'proceeding', 'caseNumber'), 'At most 200 characters');
    assert.equal(
      summaryLine(refused.html, 'proceeding', 'caseNumber'),
      'Case number: At most 200 characters',
    );

    const saved = await lawyer.submit(en, `${en}/proceedings`, { kind: 'against_perpetrators' });
    assert.equal(saved.status, 303, saved.html.slice(0, 800));
    const proceeding = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body.proceedings[0].id;
    const scope = `event-new-${proceeding}`;
    const step = await lawyer.submit(en, `${en}/proceedings/${proceeding}/events`, {
      type: 'convicted',
      on: '2023-13',
      sentence: 'three years',
    });
    assert.equal(step.status, 422, step.html.slice(0, 800));
    assert.match(input(step.html, scope, 'on'), /value="2023-13"/);
    assert.match(input(step.html, scope, 'sentence'), /value="three years"/);
    assert.match(step.html, /<option value="convicted" selected/);
    assert.equal(reasonBeside(step.html, scope, 'on'), 'No such month');
    assert.equal(summaryLine(step.html, scope, 'on'), 'On (YYYY, YYYY-MM or YYYY-MM-DD): No such month');

    await lawyer.submit(en, `${en}/proceedings/${proceeding}/events`, {
      type: 'case_opened',
      on: '2023-03-01',
    });
    const event = (await t.get(`/api/v1/incidents/${incident.id}/case`)).body.proceedings[0].events[0];
    const ru = `/ru/workspace/incidents/${incident.reference}/case`;
    const fix = await lawyer.submit(ru, `${ru}/events/${event.id}`, {
      type: 'case_opened',
      on: '2023-04-31',
      note: 'дата из постановления',
      version: String(event.version),
    });
    assert.equal(fix.status, 422, fix.html.slice(0, 800));
    assert.match(input(fix.html, `event-${event.id}`, 'on'), /value="2023-04-31"/);
    assert.match(input(fix.html, `event-${event.id}`, 'note'), /value="дата из постановления"/);
    assert.equal(reasonBeside(fix.html, `event-${event.id}`, 'on'), 'Такой даты нет: 31 апреля');
    assert.match(fix.html, /<details open/, 'the refused correction is shown open');
    assert.equal(
      (await t.get(`/api/v1/incidents/${incident.id}/case`)).body.proceedings[0].events[0].on,
      '2023-03-01',
      'nothing was saved',
    );
  });

  test('a reader who may not see the incident gets not found, with nothing they posted shown', async () => {
    const hidden = (
      await t.post(
        '/api/v1/incidents',
        buildIncident({ visibility: 'confidential', verification: 'reported' }),
      )
    ).body;
    const open = (await t.post('/api/v1/incidents', buildIncident())).body;
    const lawyer = await signedIn(t, 'lawyer');
    const page = await lawyer.get(`/en/workspace/incidents/${open.reference}/case`);
    const res = await lawyer.post(`/en/workspace/incidents/${hidden.reference}/case/proceedings`, {
      _csrf: lawyer.csrf(page.html),
      kind: 'against_perpetrators',
      authority: 'MARKER-typed-authority',
    });
    assert.equal(res.status, 404);
    assert.ok(!res.html.includes('MARKER-typed-authority'));
    assert.ok(!res.html.includes(hidden.title.en));
  });
});
