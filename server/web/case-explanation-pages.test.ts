import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../test/helpers/app.js';
import { buildIncident } from '../../test/helpers/factories.js';
import { signedIn } from '../../test/helpers/workspace.js';

const t = useTestApp();

let refused = '';
let bare = '';

async function involve(incidentId: string, body: Record<string, unknown>) {
  const res = await t.post(`/api/v1/incidents/${incidentId}/involvements`, body);
  assert.equal(res.status, 201, res.text);
}

describe('the public incident page explains this case', () => {
  before(async () => {
    const incident = (await t.post('/api/v1/incidents', buildIncident({ date: { start: '2024-03-20' } })))
      .body;
    refused = incident.reference;
    await involve(incident.id, {
      actor: { type: 'police', name: 'Kokshetau city police', names: { ru: 'Полиция Кокшетау' } },
      role: 'executor',
      status: 'identified',
    });
    await involve(incident.id, {
      actor: { type: 'private_individual', name: 'Serik Hiddenov' },
      role: 'organiser',
      status: 'identified',
    });
    const track = await t.post(`/api/v1/incidents/${incident.id}/proceedings`, {
      kind: 'against_perpetrators',
    });
    assert.equal(track.status, 201, track.text);
    const proceedingId = track.body.proceedings[0].id;
    for (const [type, on] of [
      ['complaint_filed', '2024-03-21'],
      ['refusal_to_open', '2024-04-02'],
    ]) {
      const event = await t.post(`/api/v1/proceedings/${proceedingId}/events`, { type, on });
      assert.equal(event.status, 201, event.text);
    }
    bare = (await t.post('/api/v1/incidents', buildIncident())).body.reference;
  });

  test('the badge gives this case’s reason with its date, in each language', async () => {
    const en = await t.request('GET', `/en/incidents/${refused}`, { as: 'public' });
    assert.equal(en.status, 200);
    assert.match(
      en.text,
      /status-impunity">Impunity<\/strong> <span class="case-reason">The authorities refused to open a criminal case on April 2, 2024\.<\/span>/,
    );
    const ru = await t.request('GET', `/ru/incidents/${refused}`, { as: 'public' });
    assert.match(ru.text, /class="case-reason">2 апреля 2024\sг\. в возбуждении уголовного дела отказано\./);
    const kk = await t.request('GET', `/kk/incidents/${refused}`, { as: 'public' });
    assert.match(kk.text, /class="case-reason">[^<]*: қылмыстық іс қозғаудан бас тартылды\./);
  });

  test('actors show their name when public and their type otherwise; a private individual is never named', async () => {
    const en = await t.request('GET', `/en/incidents/${refused}`, { as: 'public' });
    assert.match(en.text, /Kokshetau city police \([^)]+\) — /);
    const ru = await t.request('GET', `/ru/incidents/${refused}`, { as: 'public' });
    assert.match(ru.text, /Полиция Кокшетау \([^)]+\) — /);
    assert.ok(!en.text.includes('Serik Hiddenov') && !ru.text.includes('Serik Hiddenov'));
    assert.match(en.text, /<p class="ordered-by">Who ordered it: Private individual<\/p>/);
    assert.ok(!en.text.includes('>—<'), 'no actor shown as a dash');
  });

  test('who ordered it is "unknown" when unknown, and a case with nothing recorded says so', async () => {
    const en = await t.request('GET', `/en/incidents/${bare}`, { as: 'public' });
    assert.ok(en.text.includes('<p class="ordered-by">Who ordered it: unknown</p>'));
    assert.ok(en.text.includes('Nothing is known yet about any investigation.'));
    const ru = await t.request('GET', `/ru/incidents/${bare}`, { as: 'public' });
    assert.ok(ru.text.includes('Заказчик: неизвестен'));
  });

  test('the workspace case page names each actor as recorded, with its type', async () => {
    const monitor = await signedIn(t, 'monitor');
    const page = await monitor.get(`/en/workspace/incidents/${refused}/case`);
    assert.equal(page.status, 200);
    assert.match(page.html, /<strong>Kokshetau city police \([^)]+\)<\/strong>/);
    assert.match(page.html, /<strong>Serik Hiddenov \([^)]+\)<\/strong>/);
    assert.ok(!page.html.includes('<strong>—</strong>'));
    const ru = await monitor.get(`/ru/workspace/incidents/${refused}/case`);
    assert.match(ru.html, /<strong>Полиция Кокшетау \([^)]+\)<\/strong>/);
  });

  test('the home page and the statistics give no rate from one case with an outcome', async () => {
    const home = await t.request('GET', '/en/', { as: 'public' });
    assert.ok(
      home.text.includes('The rate is not published: the counts it rests on are too small to show.'),
      home.text.slice(home.text.indexOf('id="impunity"'), home.text.indexOf('id="impunity"') + 300),
    );
    assert.ok(
      !/\d\s?%/.test(home.text.slice(home.text.indexOf('id="impunity"'), home.text.indexOf('id="latest"'))),
    );
    const stats = await t.request('GET', '/ru/statistics', { as: 'public' });
    assert.ok(
      stats.text.includes(
        'Доля не публикуется: числа, из которых она складывается, слишком малы для публикации.',
      ),
    );
  });
});
