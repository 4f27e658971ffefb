import type { LocalizedText } from '../../shared/languages.js';
import type { Db } from '../db/database.js';
import type { Principal } from '../http/auth.js';
import { IncidentQuery } from '../modules/incidents/incident-list.schema.js';
import { listIncidents } from '../modules/incidents/incident-list.service.js';
import { listInterventionsFor } from '../modules/interventions/intervention.service.js';
import { helpDashboard } from './help/dashboard.help.js';
import type { DashboardData, DashboardItem } from './views/dashboard.page.js';

/** The dashboard's lists, each read as the signed-in person (confidential ones only when granted). */
export async function dashboardData(
  db: Db,
  who: Principal,
  stalledAfterDays: number,
): Promise<DashboardData> {
  const list = async (params: Record<string, string | string[]>) => {
    // Facets come along only for the total: the lists are short, the counts tell how long.
    const result = await listIncidents(
      db,
      IncidentQuery.parse({ limit: '10', facets: 'true', ...params }),
      who,
      stalledAfterDays,
    );
    return { items: result.items as unknown as DashboardItem[], total: result.total ?? result.items.length };
  };
  const mine = who.kind === 'account' ? who.id : null;
  const [assigned, toVerify, stalled, overdue, help] = await Promise.all([
    mine ? list({ assignedTo: mine, sort: 'date_asc' }) : Promise.resolve({ items: [], total: 0 }),
    list({ verification: ['reported', 'verifying'], sort: 'date_asc' }),
    list({ stalled: 'true', sort: 'date_asc' }),
    listInterventionsFor(db, who, { overdue: true }).then((found) => found.map((f) => f.row)),
    helpDashboard(db, who),
  ]);
  return {
    assigned,
    toVerify,
    stalled,
    overdue: overdue.map((o) => ({
      id: o.id,
      title: o.title as unknown as LocalizedText,
      addressee: o.addressee,
      deadline: o.deadline ? String(o.deadline).slice(0, 10) : null,
    })),
    stalledAfterDays,
    help,
  };
}
