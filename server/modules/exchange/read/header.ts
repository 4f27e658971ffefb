import { AppError } from '../../../http/errors.js';
import type { Header, HeaderProblem } from './types.js';

/**
 * Turns the first row's cells into unique column names: a blank cell becomes `column_N` (its position),
 * a repeated name gets `_2`, `_3`… Each change is reported so the person mapping columns sees it.
 */
export function uniqueHeader(cells: string[], line: number): Header {
  const names = cells.map((cell) => cell.trim());
  if (names.every((name) => name === '')) {
    throw new AppError('header_missing', `The first row (line ${line}) has no column names`, [
      { path: `line.${line}`, code: 'header_missing' },
    ]);
  }
  const taken = new Set<string>();
  const problems: HeaderProblem[] = [];
  const columns = names.map((name, index) => {
    const column = index + 1;
    let key = name === '' ? `column_${column}` : name;
    if (name !== '' && taken.has(key)) key = nextFree(name, taken);
    while (taken.has(key)) key = `${key}_`;
    if (name === '') problems.push({ column, name, key, code: 'blank' });
    else if (key !== name) problems.push({ column, name, key, code: 'duplicate' });
    taken.add(key);
    return key;
  });
  return { columns, problems };
}

function nextFree(name: string, taken: Set<string>): string {
  let n = 2;
  while (taken.has(`${name}_${n}`)) n++;
  return `${name}_${n}`;
}

/** A row's cells by column name; cells beyond the header keep their position as `column_N`, missing ones are empty. */
export function cellsOf(columns: string[], values: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  columns.forEach((column, i) => {
    cells[column] = values[i] ?? '';
  });
  for (let i = columns.length; i < values.length; i++) {
    const value = values[i] ?? '';
    if (value !== '') cells[`column_${i + 1}`] = value;
  }
  return cells;
}

/** The missing-header error for a file that has no rows at all. */
export const emptyFile = (): AppError =>
  new AppError('header_missing', 'The file has no rows, so no column names', [
    { path: 'line.1', code: 'header_missing' },
  ]);
