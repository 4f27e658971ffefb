import type { LocalizedText } from '../../../shared/languages.js';
import { searchQuery } from '../../../shared/text/transliterate.js';
import { DEFAULT_STALLED_AFTER_DAYS } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { Principal } from '../../http/auth.js';
import { isRealDate, Uuid } from '../../http/common.schema.js';
import { AppError } from '../../http/errors.js';
import { Memo } from '../../http/memo.js';
import { effectiveAccountability, todayUtc } from '../cases/accountability.effective.js';
import { cellScope } from '../statistics/cell-scope.js';
import { publicFacetsFromCells } from '../statistics/statistic-cells.repo.js';
import { readerScope } from './incident.gate.js';
import { presentDate } from './incident.presenter.js';
import {
  type Cursor,
  type FacetRow,
  facetCounts,
  type IncidentFilter,
  listPage,
} from './incident-list.repo.js';
import { IncidentQuery } from './incident-list.schema.js';
import { effectiveAccountabilitySql } from './incident-scope.repo.js';

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.date, c.id])).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const [date, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    // Both halves go into the keyset query: the day must exist and the id be a real UUID.
    if ((date === null || (typeof date === 'string' && isRealDate(date))) && Uuid.safeParse(id).success) {
      return { date, id: id as string };
    }
  } catch {
    // fall through: any unreadable cursor gets the same answer
  }
  throw new AppError('invalid_query', 'The cursor is not one this server handed out', [
    { path: 'cursor', code: 'invalid_cursor' },
  ]);
}

type FacetName =
  | 'group'
  | 'type'
  | 'region'
  | 'victimRole'
  | 'year'
  | 'accountability'
  | 'verification'
  | 'visibility';

const accountabilitySummary = ({ status, reason }: { status: string; reason: string }) => ({
  status,
  reason,
});

function groupFacets(rows: FacetRow[], publicOnly: boolean) {
  const facets: Record<FacetName, { value: string; count: number }[]> = {
    group: [],
    type: [],
    region: [],
    victimRole: [],
    year: [],
    accountability: [],
    verification: [],
    visibility: [],
  };
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') total = Number(row.count);
    else facets[row.facet as FacetName]?.push({ value: row.value as string, count: Number(row.count) });
  }
  for (const list of Object.values(facets))
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  if (publicOnly) {
    const { verification: _v, visibility: _vis, ...rest } = facets;
    return { total, facets: rest };
  }
  return { total, facets };
}

// Many readers land on the same public list; its facets from the kept counts are shared for 10 s.
const PUBLIC_FACETS = new Memo<{ facet: string; value: string | null; count: number }[]>(10_000, 500);

// The list's filters; everything else in the query (sort, limit, cursor, facets) shapes the page.
const FILTER_KEYS = Object.keys(IncidentQuery.shape).filter(
  (k) => !['sort', 'limit', 'cursor', 'facets'].includes(k),
);

/**
 * The facet counts: for a public list filtered only by whole months, country and region, summed
 * from the kept counts (the landing page over a whole country costs a few thousand cells, not a
 * scan); otherwise counted from the matching incidents.
 */
function facets(db: Db, filter: IncidentFilter, query: IncidentQuery): Promise<FacetRow[]> {
  const cells = filter.publicOnly ? cellScope(query, FILTER_KEYS) : null;
  if (!cells) return facetCounts(db, filter);
  return PUBLIC_FACETS.get(JSON.stringify([cells, filter.stalledAfterDays]), () =>
    publicFacetsFromCells(db, cells, effectiveAccountabilitySql(filter.stalledAfterDays)),
  ) as Promise<FacetRow[]>;
}

/**
 * A page of incidents with the total and facet counts for the same filters. The public sees
 * only verified public records, with withheld names removed from titles, and cannot filter on
 * internal states.
 */
export async function listIncidents(
  db: Db,
  query: IncidentQuery,
  who: Principal,
  stalledAfterDays = DEFAULT_STALLED_AFTER_DAYS,
) {
  const { publicOnly, confidential } = readerScope(who);
  const internalOnly = (['verification', 'visibility', 'assignedTo'] as const).find((k) => query[k]);
  if (publicOnly && internalOnly) {
    throw new AppError(
      'invalid_query',
      'Verification, visibility and assignment filters are for internal callers',
      [{ path: internalOnly, code: 'not_allowed' }],
    );
  }
  const tsquery = query.q ? searchQuery(query.q) : null;
  const filter: IncidentFilter = { ...query, tsquery, publicOnly, stalledAfterDays, confidential };
  const today = todayUtc();
  if (query.q && !tsquery) {
    return {
      items: [],
      nextCursor: null,
      total: 0,
      facets: query.facets ? groupFacets([], publicOnly).facets : null,
    };
  }
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const [rows, facetRows] = await Promise.all([
    listPage(db, filter, query.sort, query.limit, cursor),
    query.facets ? facets(db, filter, query) : Promise.resolve(null),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const grouped = facetRows ? groupFacets(facetRows, publicOnly) : null;
  return {
    items: page.map((r) => ({
      id: r.id,
      reference: r.reference,
      date: presentDate(r),
      place: { country: r.country, region: r.region_code, city: r.city_code, type: r.place_type },
      title: (publicOnly ? r.public_title : r.title) as LocalizedText,
      typeCodes: r.type_codes,
      victimRoles: r.victim_roles,
      verification: r.verification,
      accountability: accountabilitySummary(effectiveAccountability(r, today, stalledAfterDays)),
      ...(publicOnly ? {} : { visibility: r.visibility }),
    })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ date: last.date_start, id: last.id }) : null,
    total: grouped?.total ?? null,
    facets: grouped?.facets ?? null,
  };
}
