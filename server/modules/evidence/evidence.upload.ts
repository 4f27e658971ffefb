import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import type { Context } from 'hono';
import { AppError } from '../../http/errors.js';
import { fileTooLarge } from './blob-store.js';

/*
 * Reads a multipart/form-data upload as a stream: the file part goes straight to whoever stores
 * it, hashed and counted as it arrives, and is never held whole in memory. Fields come first
 * (`sourceId`), the file last — as with other upload APIs — so everything needed to check the
 * request is known before the first byte of the file is read.
 */

/** Room for the form's boundaries, part headers and small fields around the file. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

/** What the form carried besides the file, and the file as it arrives. */
export interface UploadPart {
  fields: Record<string, string>;
  content: AsyncIterable<Uint8Array>;
  name: string | null;
  type: string | null;
}

/** The fields the API's upload form has; the workspace's form adds its CSRF token. */
const API_FIELDS: ReadonlySet<string> = new Set(['sourceId']);

const invalid = (message: string, path: string, code: string) =>
  new AppError('validation_failed', message, [{ path, code }]);

function counter(limit: number, maxFileBytes: number): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      done(total > limit ? fileTooLarge(maxFileBytes) : null, chunk);
    },
  });
}

function parserFor(contentType: string, FIELDS: ReadonlySet<string>) {
  try {
    return busboy({
      headers: { 'content-type': contentType },
      // Browsers send file names as UTF-8 bytes.
      defParamCharset: 'utf8',
      // Past these, busboy ignores further parts; a second file or an extra field is refused below.
      limits: { files: 1, fields: FIELDS.size, fieldSize: 1024, parts: FIELDS.size + 2, headerPairs: 16 },
    });
  } catch (err) {
    throw new AppError('invalid_upload', `The form cannot be read: ${(err as Error).message}`);
  }
}

/**
 * Reads the form and hands its file to `handle` as it arrives; resolves with what `handle`
 * returns. A refusal from `handle` stops reading the body at once.
 */
export async function readUpload<T>(
  c: Context,
  maxFileBytes: number,
  handle: (part: UploadPart) => Promise<T>,
  FIELDS: ReadonlySet<string> = API_FIELDS,
): Promise<T> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data', [
      { path: '', code: 'content_type' },
    ]);
  }
  const limit = maxFileBytes + FORM_OVERHEAD_BYTES;
  if (Number(c.req.header('content-length') ?? 0) > limit) throw fileTooLarge(maxFileBytes);
  const body = c.req.raw.body;
  if (!body) throw invalid('The form has no file', 'file', 'required');

  const parser = parserFor(contentType, FIELDS);
  const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  const fields: Record<string, string> = {};
  // Set from the parser's events, so kept in an object the compiler does not narrow.
  const state: { work: Promise<T> | null; file: Readable | null } = { work: null, file: null };
  let fail: (err: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = (err) => {
      reject(err);
      state.file?.destroy(err instanceof Error ? err : new Error(String(err)));
      source.destroy();
    };
  });

  parser.on('field', (name, value) => {
    if (state.work) fail(invalid('Fields must come before the file', name, 'after_file'));
    else if (!FIELDS.has(name)) fail(invalid(`Unknown field ${name}`, name, 'unknown_field'));
    else fields[name] = value;
  });
  parser.on('filesLimit', () => fail(invalid('Send one file at a time', 'file', 'only_one_file')));
  parser.on('fieldsLimit', () =>
    fail(invalid('The form has more fields than it may', '', 'too_many_fields')),
  );

  const parsed = pipeline(source, counter(limit, maxFileBytes), parser).catch((err: unknown) => {
    throw err instanceof AppError
      ? err
      : new AppError('invalid_upload', `The form cannot be read: ${(err as Error).message}`);
  });
  const formDone = Promise.race([parsed, failed]);
  parser.on('file', (name, stream, info) => {
    if (name !== 'file' || state.work) {
      stream.resume();
      fail(invalid(`Unexpected file field ${name}`, name, state.work ? 'only_one_file' : 'unknown_field'));
      return;
    }
    // A refusal stops the body half-way; the error that matters is the refusal, reported below.
    stream.on('error', () => undefined);
    state.file = stream;
    const content = untilFormIsRead(stream, formDone);
    state.work = handle({ fields, content, name: info.filename ?? null, type: info.mimeType ?? null });
    state.work.catch(fail);
  });

  try {
    await formDone;
    if (!state.work) throw invalid('The form has no file', 'file', 'required');
    return await Promise.race([state.work, failed]);
  } catch (err) {
    fail(err);
    // The handler stops at the destroyed stream; wait for it to clean up before answering.
    await state.work?.catch(() => undefined);
    throw err;
  }
}

/**
 * The file's bytes, ending only once the rest of the form has been read and found good: a field
 * refused after the file makes the whole upload fail before anything is recorded.
 */
async function* untilFormIsRead(stream: Readable, formDone: Promise<unknown>): AsyncIterable<Uint8Array> {
  for await (const chunk of stream) yield chunk as Uint8Array;
  await formDone;
}
