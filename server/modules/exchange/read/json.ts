import { pipeline } from 'node:stream/promises';
import { parser } from 'stream-json';
import pick from 'stream-json/filters/pick.js';
import streamArray from 'stream-json/streamers/stream-array.js';
import { AppError } from '../../../http/errors.js';
import { decoder, detectEncoding } from './decode.js';
import type { Opened } from './source.js';
import type { ReadOptions, Row, Table } from './types.js';

/** The array a JSON file holds: the file itself (`[...]`), or Qorgau's own download (`{"items": [...]}`). */
function shapeOf(head: string): 'array' | 'items' {
  const start = head.replace(/^\uFEFF/, '').trimStart()[0];
  if (start === '[') return 'array';
  if (start === '{' && /^\s*\{\s*"items"\s*:\s*\[/.test(head.replace(/^\uFEFF/, ''))) return 'items';
  throw notArray();
}

const notArray = (): AppError =>
  new AppError(
    'json_not_array',
    'The JSON file must be an array of objects, or an object whose "items" is one',
    [{ path: 'file', code: 'json_not_array' }],
  );

/** A value as cell text: strings as they are, numbers and booleans written out, anything nested as JSON. */
export function jsonText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Opens a JSON source, element by element so a huge array is never held whole. A row's `line` is its
 * position in the array (1-based); columns are the first element's keys, and later keys are kept too.
 */
export async function readJson(opened: Opened, options: ReadOptions): Promise<Table> {
  const encoding = options.encoding ?? detectEncoding(opened.head);
  const shape = shapeOf(new TextDecoder(encoding).decode(opened.head.subarray(0, 4096), { stream: true }));
  const elements = arrayElements(opened, encoding, shape);
  const first = await elements.next();
  const columns = first.done ? [] : Object.keys(rowObject(first.value, 1));
  async function* rows(): AsyncGenerator<Row> {
    if (first.done) return;
    yield toRow(first.value, 1);
    let position = 1;
    for await (const element of elements) yield toRow(element, ++position);
  }
  return { format: 'json', encoding, columns, problems: [], rows: rows() };
}

function rowObject(element: unknown, position: number): Record<string, unknown> {
  if (element === null || typeof element !== 'object' || Array.isArray(element)) {
    throw new AppError('json_not_object', `Element ${position} of the array is not an object`, [
      { path: `line.${position}`, code: 'json_not_object' },
    ]);
  }
  return element as Record<string, unknown>;
}

function toRow(element: unknown, line: number): Row {
  const cells: Record<string, string> = {};
  for (const [key, value] of Object.entries(rowObject(element, line))) cells[key] = jsonText(value);
  return { line, cells };
}

async function* arrayElements(
  opened: Opened,
  encoding: ReturnType<typeof detectEncoding>,
  shape: 'array' | 'items',
) {
  const source = opened.bytes();
  const items = streamArray.asStream();
  const stages = [
    source,
    decoder(encoding),
    parser.asStream(),
    ...(shape === 'items' ? [pick.asStream({ filter: 'items' })] : []),
    items,
  ];
  // biome-ignore lint/suspicious/noExplicitAny: pipeline's overloads cannot type a list built at run time.
  const feeding = (pipeline as any)(...stages).catch(() => undefined);
  try {
    for await (const { value } of items) yield value as unknown;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('json_unreadable', 'The file is not valid JSON', [
      { path: 'file', code: 'json_unreadable', message: (error as Error).message },
    ]);
  } finally {
    source.destroy();
    await feeding;
  }
}
