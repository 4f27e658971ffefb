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
  /** Whether the person chose files (kept or not): a form sent back asks for them again. */
  attached: boolean;
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
  const form: PostedForm = { fields: {}, files: [], problems: new Set(), attached: false };
  const body = c.req.raw.body;
  if (!body || !isFormBody(c)) return form;
  const parser = parserFor(c, names, limits);
  const done = new Promise<void>((resolve) => {
    parser.on('close', resolve);
    // A malformed or cut form ends here too: what arrived before the fault is kept.
    parser.on('error', () => resolve());
  });
  parser.on('field', (name, value, info) => keepField(form, names, name, value, info.valueTruncated));
  parser.on('file', (name, stream, info) => {
    const chunks: Buffer[] = [];
    if (name === 'files' && info.filename) form.attached = true;
    // A form cut at the limit ends its last file with an error: that file is not kept.
    stream.on('error', () => undefined);
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('limit', () => form.problems.add('file_too_large'));
    stream.on('end', () =>
      keepFile(form, name, info.filename, Buffer.concat(chunks), stream.truncated === true, limits),
    );
  });
  parser.on('filesLimit', () => form.problems.add('too_many_files'));
  await feed(body as WebReadableStream<Uint8Array>, parser, helpBodyMax(limits), () =>
    form.problems.add('body_too_large'),
  );
  await done;
  return form;
}

/**
 * Writes the body into the parser up to `max` bytes, waiting when it is full; past the limit the
 * rest is not read (the answer closes the connection) and the parser ends on what it has.
 */
async function feed(
  body: WebReadableStream<Uint8Array>,
  parser: ReturnType<typeof busboy>,
  max: number,
  over: () => void,
): Promise<void> {
  const reader = body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = max - total;
      total += value.length;
      const chunk = value.length > room ? value.subarray(0, room) : value;
      if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
      if (value.length > room) {
        over();
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    // A broken upload is a cut form: the parser ends on what arrived.
  }
  parser.end();
}

function keepField(
  form: PostedForm,
  names: ReadonlySet<string>,
  name: string,
  value: string,
  truncated: boolean,
) {
  if (!names.has(name) || name === 'files') return;
  form.fields[name] = value.replace(NUL, '');
  const cap = FIELD_MAX[name];
  if (truncated || (cap !== undefined && [...value].length > cap)) form.problems.add(`too_long:${name}`);
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
