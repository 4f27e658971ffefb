import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import type { Context } from 'hono';
import { sanitizeFileName } from '../../modules/evidence/file-name.js';
import {
  isPlainText,
  type MediaType,
  SNIFF_BYTES,
  sniffMediaType,
} from '../../modules/evidence/media-type.js';
import type { HelpFile } from '../../modules/help/help.types.js';
import { FIELD_MAX, helpBodyMax, type IntakeLimits } from '../../modules/help/intake-limits.js';

/*
 * Reads a public help form (multipart/form-data, or urlencoded from a form without files) as a
 * stream: fields are kept, files are counted as they arrive and kept only within their limits.
 * A form over a limit is not an error here: its text comes back to the person with the reason,
 * so nothing they typed is lost. The body itself is never logged or kept anywhere else.
 */

export type FileProblem = 'too_many_files' | 'file_too_large' | 'file_type' | 'body_too_large';

export interface PostedForm {
  fields: Record<string, string>;
  files: HelpFile[];
  problems: Set<FileProblem | `too_long:${string}`>;
}

/** The longest a small field (token, receipt, choice) may be. */
const SMALL_FIELD = 8 * 1024;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is removed
const NUL = /\u0000/g;

function parserFor(c: Context, names: ReadonlySet<string>, limits: IntakeLimits) {
  const longest = Math.max(...[...names].map((n) => FIELD_MAX[n] ?? 0), SMALL_FIELD / 4);
  return busboy({
    headers: { 'content-type': c.req.header('content-type') ?? '' },
    defParamCharset: 'utf8',
    // A field may hold its longest text in 4-byte characters; busboy cuts a longer one (and says so).
    limits: {
      fieldSize: longest * 4 + 16,
      fields: names.size + 4,
      files: limits.maxFiles + 1,
      fileSize: limits.maxFileBytes,
      parts: names.size + limits.maxFiles + 8,
      headerPairs: 16,
    },
  });
}

function mediaTypeOf(bytes: Uint8Array): MediaType | null {
  return sniffMediaType(bytes.subarray(0, SNIFF_BYTES)) ?? (isPlainText(bytes) ? 'text/plain' : null);
}

/** True when the request carries a form this reader can read. */
export function isFormBody(c: Context): boolean {
  return /^(multipart\/form-data\s*;|application\/x-www-form-urlencoded)/i.test(
    c.req.header('content-type') ?? '',
  );
}

/**
 * The form's fields (only `names`, NULs removed) and files (field `files`). Stops reading at the
 * body limit, keeping what arrived before it.
 */
export async function readHelpForm(
  c: Context,
  names: ReadonlySet<string>,
  limits: IntakeLimits,
): Promise<PostedForm> {
  const form: PostedForm = { fields: {}, files: [], problems: new Set() };
  const body = c.req.raw.body;
  if (!body || !isFormBody(c)) return form;
  const parser = parserFor(c, names, limits);
  const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  const max = helpBodyMax(limits);
  let total = 0;
  await new Promise<void>((resolve) => {
    const stop = () => {
      source.unpipe(parser);
      source.destroy();
      resolve();
    };
    source.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > max) {
        form.problems.add('body_too_large');
        stop();
      }
    });
    source.on('error', stop);
    parser.on('field', (name, value, info) => {
      if (!names.has(name) || name === 'files') return;
      form.fields[name] = value.replace(NUL, '');
      const cap = FIELD_MAX[name];
      if (info.valueTruncated || (cap !== undefined && [...value].length > cap))
        form.problems.add(`too_long:${name}`);
    });
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => form.problems.add('file_too_large'));
      stream.on('end', () =>
        keepFile(form, name, info.filename, Buffer.concat(chunks), stream.truncated === true, limits),
      );
    });
    parser.on('filesLimit', () => form.problems.add('too_many_files'));
    parser.on('close', resolve);
    parser.on('error', stop);
    source.pipe(parser);
  });
  return form;
}

function keepFile(
  form: PostedForm,
  field: string,
  filename: string | undefined,
  bytes: Buffer,
  truncated: boolean,
  limits: IntakeLimits,
): void {
  // A file input left empty still sends a part, with no name and no bytes.
  if (field !== 'files' || (!filename && bytes.length === 0)) return;
  if (truncated) return;
  if (form.files.length >= limits.maxFiles) {
    form.problems.add('too_many_files');
    return;
  }
  const mediaType = mediaTypeOf(bytes);
  if (!mediaType || bytes.length === 0) {
    form.problems.add('file_type');
    return;
  }
  form.files.push({ name: sanitizeFileName(filename), mediaType, bytes: new Uint8Array(bytes) });
}
