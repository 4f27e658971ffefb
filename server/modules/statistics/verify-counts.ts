import type { Db } from '../../db/database.js';
import { type CountDifference, countDifferences } from './count-check.repo.js';

/** One line per difference: the table, the cell's key and both counts. */
export function describeDifference(d: CountDifference): string {
  const key = Object.entries(d.cell)
    .map(([column, value]) => `${column}=${value === null ? 'NULL' : String(value)}`)
    .join(' ');
  return `${d.table} ${key}: kept ${d.kept}, recounted ${d.recounted}`;
}

/**
 * The command line's verify-counts: recounts every kept statistic and accountability cell from
 * the incidents, prints each difference, and answers the exit code (1 if any, 0 otherwise).
 * It only reads: repairing is for `rebuildCells`, after the cause is understood.
 */
export async function verifyCounts(db: Db, print: (line: string) => void): Promise<0 | 1> {
  const differences = await countDifferences(db);
  for (const d of differences) print(describeDifference(d));
  if (differences.length === 0) {
    print('Kept counts: every cell equals a recount of the incidents.');
    return 0;
  }
  const worst = Math.max(...differences.map((d) => Math.abs(d.kept - d.recounted)));
  print(`Kept counts: ${differences.length} cells differ from a recount (largest difference ${worst}).`);
  return 1;
}
