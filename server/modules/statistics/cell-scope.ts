import { lastDayOf } from '../../http/common.schema.js';
import type { CellScope } from './statistic-cells.repo.js';

const CELL_KEYS = ['from', 'to', 'country', 'region'];

/** The last day of the month a day falls in. */
export const lastDayOfMonth = (day: string) => lastDayOf(day, 'month');

/**
 * The kept counts can answer when the only filters among `filterKeys` are whole months, a country
 * and regions; anything else must be counted from the incidents. Returns the scope, or null.
 */
export function cellScope(p: Record<string, unknown>, filterKeys: string[]): CellScope | null {
  if (filterKeys.some((k) => !CELL_KEYS.includes(k) && p[k] !== undefined)) return null;
  const from = p.from as string | undefined;
  const to = p.to as string | undefined;
  if (from && !from.endsWith('-01')) return null;
  if (to && to !== lastDayOfMonth(to)) return null;
  return { from, to, country: p.country as string | undefined, region: p.region as string[] | undefined };
}
