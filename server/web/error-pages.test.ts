import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { LANGUAGES } from '../../shared/languages.js';
import { useTestApp } from '../../test/helpers/app.js';
import { AppError } from '../http/errors.js';
import { failureResponse } from './error-response.js';

const t = useTestApp();

const TITLE_404 = { kk: 'Бет табылмады', ru: 'Страница не найдена', en: 'Page not found' };
const WORKSPACE_HOME = {
  kk: 'Жұмыс орнының басты беті',
  ru: 'Главная страница рабочего места',
  en: 'Workspace home',
};

const isHtml = (headers: Headers) => (headers.get('content-type') ?? '').startsWith('text/html');

describe('people get HTML error pages in their language, with a way back', () => {
  for (const lang of LANGUAGES) {
    test(`${lang}: an unknown portal address is a 404 page with home, the incidents and a search`, async () => {
      const res = await t.request('GET', `/${lang}/nonexistent`, { as: 'public' });
      assert.equal(res.status, 404);
      assert.ok(isHtml(res.headers), 'not JSON');
      assert.ok(res.text.includes(`<html lang="${lang}">`));
      assert.ok(res.text.includes(TITLE_404[lang]), res.text.slice(0, 500));
      assert.ok(res.text.includes(`href="/${lang}/"`));
      assert.ok(res.text.includes(`action="/${lang}/incidents"`), 'a search form');
      assert.ok(!res.text.includes(WORKSPACE_HOME[lang]), 'the public is not sent to the workspace');
    });

    test(`${lang}: an unknown workspace address is a 404 page with the workspace home`, async () => {
      const res = await t.request('GET', `/${lang}/workspace/nope`, { as: 'public' });
      assert.equal(res.status, 404);
      assert.ok(isHtml(res.headers));
      assert.ok(res.text.includes(TITLE_404[lang]));
      assert.ok(res.text.includes(`href="/${lang}/workspace"`));
      assert.ok(res.text.includes(WORKSPACE_HOME[lang]));
    });

    test(`${lang}: a known address with another method is a 405 page that names the allowed ones`, async () => {
      const res = await t.request('DELETE', `/${lang}/incidents`, { as: 'public' });
      assert.equal(res.status, 405);
      assert.ok(isHtml(res.headers));
      assert.equal(res.headers.get('allow'), 'HEAD, GET');
      assert.ok(res.text.includes(`<html lang="${lang}">`));
    });
  }

  test('an address without a language leads to the same page in the reader’s language, Russian by default', async () => {
    const kk = await t.request('GET', '/workspace/', {
      as: 'public',
      headers: { 'accept-language': 'kk-KZ,ru;q=0.5' },
    });
    assert.equal(kk.status, 302);
    assert.equal(kk.headers.get('location'), '/kk/workspace/');
    const none = await t.request('GET', '/workspace', { as: 'public' });
    assert.equal(none.headers.get('location'), '/ru/workspace');
    const withQuery = await t.request('GET', '/incidents?q=police', {
      as: 'public',
      headers: { 'accept-language': 'en' },
    });
    assert.equal(withQuery.headers.get('location'), '/en/incidents?q=police');
    const nothing = await t.request('GET', '/nonexistent', {
      as: 'public',
      headers: { 'accept-language': 'en' },
    });
    assert.equal(nothing.status, 404);
    assert.ok(isHtml(nothing.headers));
    assert.ok(nothing.text.includes(TITLE_404.en));
  });

  test('a body too large for a portal form is a 413 page, in the language of the path', async () => {
    const res = await t.request('POST', '/kk/workspace/login', {
      as: 'public',
      body: `username=${'a'.repeat(20_000)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.status, 413);
    assert.ok(isHtml(res.headers));
    assert.ok(res.text.includes('<html lang="kk">'));
    assert.ok(res.text.includes('413 қатесі'));
  });

  test('the API keeps JSON with stable codes', async () => {
    const missing = await t.request('GET', '/api/v1/nothing-here', { as: 'public' });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
    const method = await t.request('PATCH', '/api/v1/incidents', { as: 'public' });
    assert.equal(method.status, 405);
    assert.equal(method.body.error.code, 'method_not_allowed');
    assert.match(method.headers.get('allow') ?? '', /GET/);
  });
});

describe('the error page of a failure or a refusal', () => {
  const app = new Hono();
  app.get('/:lang/boom', () => {
    throw new Error('secret internal detail at /srv/qorgau/db.ts:42');
  });
  app.get('/:lang/forbidden', () => {
    throw new AppError('forbidden', 'Role monitor may not delete incidents', [
      { path: 'role', code: 'forbidden' },
    ]);
  });
  app.get('/api/v1/boom', () => {
    throw new Error('secret internal detail');
  });
  app.onError((err, c) => failureResponse(c, err));

  test('a server failure is a 500 page in the reader’s language that shows nothing of the failure', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      for (const [lang, title] of [
        ['ru', 'На сервере произошла ошибка'],
        ['kk', 'Серверде қате шықты'],
        ['en', 'Something went wrong on our side'],
      ] as const) {
        const res = await app.request(`/${lang}/boom`);
        const html = await res.text();
        assert.equal(res.status, 500);
        assert.ok(html.includes(title), html.slice(0, 300));
        assert.ok(!html.includes('secret') && !html.includes('db.ts') && !html.includes('internal_error'));
        assert.equal(res.headers.get('cache-control'), 'no-store');
      }
      const api = await app.request('/api/v1/boom');
      assert.equal(api.status, 500);
      const body = (await api.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'internal_error');
      assert.ok(!body.error.message.includes('secret'));
    } finally {
      console.error = original;
    }
  });

  test('a refusal is a 403 page that says what to do, not the internal message', async () => {
    const res = await app.request('/en/forbidden');
    const html = await res.text();
    assert.equal(res.status, 403);
    assert.ok(html.includes('This page is not open to you'));
    assert.ok(html.includes('ask an administrator'));
    assert.ok(!html.includes('Role monitor may not'));
  });
});
