import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findMarkers, MarkerSet, readable } from '../helpers/markers.js';
import { withheldVictim } from '../helpers/withheld.js';

// The marker crawl is only as good as its detector: these prove it sees a marker in every form a
// page could print it, and does not mistake the reader's own query for a leak.

describe('the marker detector', () => {
  test('finds a marker whatever its case, escaping or script', () => {
    const markers = new MarkerSet();
    const token = markers.hidden('incident.title.en', 'confidential');
    const found = (body: string) => findMarkers(markers.all, body).map((m) => m.where);
    assert.deepEqual(found(`<h1>${token}</h1>`), ['incident.title.en']);
    assert.deepEqual(found(`"title":"${token.toUpperCase()}'s"`), ['incident.title.en']);
    assert.deepEqual(found(`href="/x?q=${encodeURIComponent(token)}"`), ['incident.title.en']);
    assert.deepEqual(found('<h1>nothing here</h1>'), []);
  });

  test('finds a withheld name in the other script and inflected, by every victim form', () => {
    const markers = new MarkerSet();
    const victim = withheldVictim(markers, 'female');
    for (const forms of Object.values(victim.forms)) {
      for (const form of forms) {
        const found = findMarkers(markers.all, `<p>Attack on ${form}</p>`);
        assert.ok(found.length > 0, `not found: ${form}`);
      }
    }
    const [surname] = victim.queries;
    assert.ok(findMarkers(markers.all, `Markers: ${surname}ларының`).length > 0);
  });

  test('cuts what the request carried before looking', () => {
    const markers = new MarkerSet();
    const token = markers.hidden('person.name', 'unconsented person');
    const page = `<input name="q" value="${token}"><a href="/en/incidents?q=${encodeURIComponent(token)}">`;
    assert.deepEqual(findMarkers(markers.all, page, [token]), []);
    assert.equal(findMarkers(markers.all, `${page}<li>${token}</li>`, []).length, 1);
  });

  test('ids are looked for as written', () => {
    const markers = new MarkerSet();
    markers.id('c19ddcf5-0c05-46d6-a9eb-6e8e69ba2238', 'incident.id', 'restricted');
    assert.equal(
      findMarkers(markers.all, '<id>urn:uuid:C19DDCF5-0C05-46D6-A9EB-6E8E69BA2238</id>').length,
      1,
    );
    assert.equal(readable('a&amp;b%20c'), 'a&b c');
  });
});
