import { Hono } from 'hono';
import { formatDateTime, t } from '../../shared/i18n/index.js';
import { Uuid } from '../http/common.schema.js';
import { readParam } from '../http/validate.js';
import { historyIntegrity } from '../modules/audit/audit.history.js';
import { recordHistory } from '../modules/audit/record-history.js';
import type { WorkspaceEnv } from './env.js';
import { lang, me } from './forms.js';
import type { HistoryEntry } from './incidents/history.js';
import { HistoryPage, VersionPage } from './incidents/history.page.js';
import { describeRecord, namedInRecords, recordFacts } from './incidents/history.record.js';
import { incidentHistoryPages } from './incidents/incident-history.routes.js';
import { reviewLookups } from './incidents/review.data.js';
import { requireSession } from './session.js';
import type { Section } from './views/layout.js';
import { Facts } from './views/reference.parts.js';

/** The readable history of incidents, people, outlets, statements and letters, and any earlier version of them. */
export const historyPages = new Hono<WorkspaceEnv>();

// An incident's history and its versions (mounted here, ahead of the incident pages).
historyPages.route('/', incidentHistoryPages);

const RECORDS = {
  person: { section: 'people', page: 'people' },
  outlet: { section: 'outlets', page: 'outlets' },
  intervention: { section: 'interventions', page: 'interventions' },
} as const;

historyPages.get(
  '/:lang{kk|ru|en}/workspace/history/:entity{(?:person|outlet|intervention)}/:id',
  requireSession(),
  async (c) => {
    const l = lang(c);
    const entity = c.req.param('entity') as keyof typeof RECORDS;
    const record = RECORDS[entity];
    const id = readParam(c.req.param('id'), Uuid, 'id', `${entity}_not_found`);
    const found = await recordHistory(c.var.db, c.var.actor, entity, id);
    const entries = found.entries as HistoryEntry[];
    const integrity = await historyIntegrity(c.var.db, entries);
    const title =
      found.name === null
        ? id
        : typeof found.name === 'string'
          ? found.name
          : (found.name[l] ?? Object.values(found.name)[0] ?? id);
    const base = `/${l}/workspace/history/${entity}/${id}`;
    const look = await reviewLookups(c.var.db, c.var.actor, namedInRecords(entries));
    const told = describeRecord(l, look, entries);
    const at = Number(c.req.query('at'));
    const shown = Number.isInteger(at) ? told.find((i) => i.entry.id === at && i.document) : undefined;
    if (shown?.document) {
      return c.html(
        <VersionPage
          lang={l}
          me={me(c)}
          title={t(l, 'wi.versionAt', {
            reference: title,
            time: formatDateTime(l, shown.entry.at, 'medium'),
          })}
          entry={shown.entry}
          base={base}
          section={record.section as Section}
          integrity={integrity}
        >
          <Facts rows={recordFacts(l, look, shown.document)} />
        </VersionPage>,
      );
    }
    return c.html(
      <HistoryPage
        lang={l}
        me={me(c)}
        reference={title}
        items={told.map((i) => ({
          entry: i.entry,
          sentences: i.sentences,
          version: i.document ? { href: `${base}?at=${i.entry.id}`, label: t(l, 'wi.viewVersion') } : null,
        }))}
        base={base}
        back={`/${l}/workspace/${record.page}/${id}`}
        section={record.section as Section}
        integrity={integrity}
      />,
    );
  },
);
