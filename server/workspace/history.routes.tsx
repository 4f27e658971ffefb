import { Hono } from 'hono';
import { Uuid } from '../http/common.schema.js';
import { readParam } from '../http/validate.js';
import { recordHistory } from '../modules/audit/record-history.js';
import type { WorkspaceEnv } from './env.js';
import { lang, me } from './forms.js';
import { type HistoryEntry, versionAfter } from './incidents/history.js';
import { HistoryPage } from './incidents/history.page.js';
import { requireSession } from './session.js';
import type { Section } from './views/layout.js';

/** The readable history of people, outlets, statements and letters, and any earlier version of them. */
export const historyPages = new Hono<WorkspaceEnv>();

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
    const title =
      found.name === null
        ? id
        : typeof found.name === 'string'
          ? found.name
          : (found.name[l] ?? Object.values(found.name)[0] ?? id);
    const at = Number(c.req.query('at'));
    const entry = Number.isInteger(at) ? entries.find((e) => e.id === at) : undefined;
    const document = entry ? versionAfter(entries, entry.id, entity) : null;
    return c.html(
      <HistoryPage
        lang={l}
        me={me(c)}
        reference={title}
        entries={entries}
        version={entry && document ? { entry, document } : null}
        base={`/${l}/workspace/history/${entity}/${id}`}
        back={`/${l}/workspace/${record.page}/${id}`}
        entity={entity}
        section={record.section as Section}
      />,
    );
  },
);
