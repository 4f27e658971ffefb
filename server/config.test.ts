import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from './config.js';

test('defaults: port 3000 on localhost, embedded database under ./data', () => {
  const config = loadConfig({}, '/srv/qorgau');
  assert.deepEqual(config, {
    port: 3000,
    host: 'localhost',
    dataDir: '/srv/qorgau/data',
    databaseUrl: null,
    filesDir: '/srv/qorgau/data/files',
    maxUploadBytes: 25 * 1024 * 1024,
    stalledAfterDays: 180,
    trustedProxies: [],
    helpRequestsPer10Min: 60,
    helpModeratedPer10Min: 20,
    mail: null,
  });
});

test('mail: on with an SMTP URL, a sender and the public address; refused with one missing', () => {
  const config = loadConfig(
    {
      QORGAU_SMTP_URL: 'smtp://mailer:secret@127.0.0.1:2525',
      QORGAU_MAIL_FROM: 'Qorgau <desk@example.org>',
      QORGAU_PUBLIC_URL: 'https://qorgau.example.org/',
    },
    '/srv',
  );
  assert.deepEqual(config.mail, {
    smtpUrl: 'smtp://mailer:secret@127.0.0.1:2525',
    from: 'Qorgau <desk@example.org>',
    publicUrl: 'https://qorgau.example.org',
  });
  assert.throws(
    () => loadConfig({ QORGAU_SMTP_URL: 'smtp://127.0.0.1:25' }, '/srv'),
    (err: Error) =>
      /QORGAU_MAIL_FROM: required/.test(err.message) && /QORGAU_PUBLIC_URL: required/.test(err.message),
  );
  assert.throws(
    () => loadConfig({ QORGAU_SMTP_URL: 'http://127.0.0.1:25', QORGAU_MAIL_FROM: 'a@b.kz' }, '/srv'),
    /QORGAU_SMTP_URL: must start with smtp/,
  );
  assert.throws(() => loadConfig({ QORGAU_MAIL_FROM: 'not an address' }, '/srv'), /QORGAU_MAIL_FROM/);
});

test('the help desk’s windows: their own numbers when given, refused when not whole numbers', () => {
  const config = loadConfig(
    { QORGAU_HELP_REQUESTS_PER_10_MIN: '200', QORGAU_HELP_MODERATED_PER_10_MIN: '0' },
    '/srv/qorgau',
  );
  assert.equal(config.helpRequestsPer10Min, 200);
  assert.equal(config.helpModeratedPer10Min, 0);
  assert.throws(
    () => loadConfig({ QORGAU_HELP_REQUESTS_PER_10_MIN: 'many' }, '/srv'),
    /QORGAU_HELP_REQUESTS_PER_10_MIN/,
  );
});

test('evidence files: their own directory and upload limit when given', () => {
  const config = loadConfig(
    { QORGAU_FILES_DIR: '/mnt/evidence', QORGAU_MAX_UPLOAD_MB: '100' },
    '/srv/qorgau',
  );
  assert.equal(config.filesDir, '/mnt/evidence');
  assert.equal(config.maxUploadBytes, 100 * 1024 * 1024);
  assert.equal(loadConfig({ QORGAU_DATA_DIR: 'store' }, '/srv').filesDir, '/srv/store/files');
});

test('the environment wins over .env, and .env fills the gaps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qorgau-config-'));
  writeFileSync(join(dir, '.env'), 'PORT=4000\nHOST="0.0.0.0"\n# comment\nQORGAU_DATA_DIR=store\n');
  const config = loadConfig({ PORT: '5000' }, dir);
  assert.equal(config.port, 5000);
  assert.equal(config.host, '0.0.0.0');
  assert.equal(config.dataDir, join(dir, 'store'));
});

test('bad values are refused with the variable named', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }, '/'), /PORT/);
  assert.throws(() => loadConfig({ DATABASE_URL: 'not a url' }, '/'), /DATABASE_URL/);
  assert.throws(() => loadConfig({ QORGAU_STALLED_AFTER_DAYS: '0' }, '/'), /QORGAU_STALLED_AFTER_DAYS/);
  assert.throws(() => loadConfig({ QORGAU_MAX_UPLOAD_MB: '0' }, '/'), /QORGAU_MAX_UPLOAD_MB/);
});
