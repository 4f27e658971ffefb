import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { INCIDENTS_PAGE_BUDGET, weighPage } from '../../bench/weigh.js';
import { useTestApp } from '../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../test/helpers/factories.js';

const t = useTestApp();

describe('the incidents page’s budget', () => {
  before(async () => {
    // A full page of 25 cards, each with a long title in three languages, two victims and three types.
    for (let i = 0; i < 26; i++) {
      const res = await t.post(
        '/api/v1/incidents',
        buildIncident({
          date: { start: `2024-03-${String((i % 28) + 1).padStart(2, '0')}` },
          title: {
            en: `Two journalists of an independent outlet detained and beaten while filming a protest, case ${i}`,
            ru: `Двое журналистов независимого издания задержаны и избиты во время съёмки протеста, дело ${i}`,
            kk: `Тәуелсіз басылымның екі журналисі наразылықты түсіріп жатқанда ұсталып, соққыға жығылды, іс ${i}`,
          },
          victims: [
            { key: 'a', person: buildPerson({ roles: ['journalist'] }) },
            { key: 'b', person: buildPerson({ roles: ['camera_operator'] }) },
          ],
          violations: [
            { typeCode: 'assault', victim: 'a' },
            { typeCode: 'short_detention', victim: 'a' },
            { typeCode: 'equipment_damage', victim: 'b' },
          ],
        }),
      );
      assert.equal(res.status, 201, res.text);
    }
  });

  test('the incidents page with a full page of cards stays under its budget with everything it loads', async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const path = `/${lang}/incidents`;
      const html = await (await t.app.request(path)).text();
      assert.equal(html.split('class="card ').length - 1, 25, 'a full page of cards');
      const weight = await weighPage(async (p) => t.app.request(p), path);
      assert.equal(weight.status, 200);
      assert.ok(weight.assets.includes('/static/site.css') && weight.assets.includes('/static/favicon.svg'));
      assert.ok(
        weight.total < INCIDENTS_PAGE_BUDGET,
        `${path}: ${weight.total} B compressed (HTML ${weight.html}, CSS ${weight.css}, icons ${weight.other})`,
      );
    }
  });
});
