import { after, before } from 'node:test';
import type { Kysely } from 'kysely';
import { buildApp } from '../../server/app.js';
import type { DatabaseHandle } from '../../server/db/database.js';
import type { Database } from '../../server/db/schema.js';
import type { DeskKey } from '../../server/modules/help/help.types.js';
import { initHelpDesk, openWithRecoveryKey } from '../../server/modules/help/help-keys.service.js';
import type { IntakeLimits } from '../../server/modules/help/intake-limits.js';
import { tempFilesDir } from './app.js';
import { freshDatabase } from './database.js';

/*
 * The public help forms as a person's browser uses them: read a form page, keep its token, post
 * the form back as multipart. The desk is set up as `help-desk init` does, and its key opened with
 * the recovery key, so tests can read what was sealed to it.
 */

/** Limits that let a test send forms at once (no fill time) and fill windows quickly. */
export const TEST_LIMITS: Partial<IntakeLimits> = { minFillMs: 0, powMinCounter: 10, powMaxCounter: 200 };

export interface HelpTestApp {
  app: ReturnType<typeof buildApp>;
  db: Kysely<Database>;
  handle: DatabaseHandle;
  desk: DeskKey | null;
}

/** `help-desk init`, and the desk key opened with its recovery key. */
export async function openTestDesk(db: Kysely<Database>): Promise<DeskKey> {
  const { recoveryKey } = await initHelpDesk(db);
  return openWithRecoveryKey(db, recoveryKey);
}

/** A fresh database and app for one test file, its desk opened unless `desk: false`. */
export function useHelpApp(limits: Partial<IntakeLimits> = TEST_LIMITS, options: { desk?: boolean } = {}) {
  const ctx = {} as HelpTestApp;
  const files = tempFilesDir();
  before(async () => {
    const handle = await freshDatabase();
    ctx.handle = handle;
    ctx.db = handle.db;
    ctx.app = buildApp({ db: handle.db, files: { dir: files.dir }, helpLimits: limits });
    ctx.desk = options.desk === false ? null : await openTestDesk(handle.db);
  });
  after(async () => {
    await ctx.handle?.close();
    files.remove();
  });
  return ctx;
}

/** The value of a hidden or text input in a page. */
export function inputValue(html: string, name: string): string {
  const tag = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? '';
  const value = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
  return value
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The challenge a form page carries (JSON), as help.js reads it. */
export function challengeOf(html: string): string {
  const tag = /<input[^>]*name="pow"[^>]*>/.exec(html)?.[0] ?? '';
  const value = /data-challenge="([^"]*)"/.exec(tag)?.[1] ?? '';
  return value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The receipt's two numbers from a receipt page (digits only). */
export function receiptOf(html: string): { code: string; passphrase: string } {
  return { code: inputValue(html, 'code'), passphrase: inputValue(html, 'passphrase') };
}

export type Attachment = { name: string; type?: string; bytes: Uint8Array | string };

/** A multipart form with those fields (token first, as a page orders them) and files. */
export function formData(fields: Record<string, string>, files: Attachment[] = []): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) {
    const bytes = typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
    form.append(
      'files',
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  }
  return form;
}

export interface Posted {
  status: number;
  text: string;
  headers: Headers;
}

/** Reads a form page and returns its token (and the page). */
export async function freshForm(
  app: HelpTestApp['app'],
  path: string,
): Promise<{ token: string; html: string }> {
  const res = await app.request(path);
  const html = await res.text();
  return { token: inputValue(html, 'token'), html };
}

/** Posts a form, as a browser would, with any extra headers. */
export async function post(
  app: HelpTestApp['app'],
  path: string,
  body: FormData | URLSearchParams,
  headers: Record<string, string> = {},
): Promise<Posted> {
  const res = await app.request(path, { method: 'POST', body, headers });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/** Sends a complete report through the public form; returns the receipt page. */
export async function sendReport(
  app: HelpTestApp['app'],
  fields: Record<string, string>,
  options: { lang?: string; files?: Attachment[]; headers?: Record<string, string>; pow?: string } = {},
): Promise<Posted> {
  const lang = options.lang ?? 'en';
  const { token } = await freshForm(app, `/${lang}/help/report`);
  const form = formData({ token, pow: options.pow ?? '', homepage: '', ...fields }, options.files);
  return post(app, `/${lang}/help/report`, form, options.headers);
}
