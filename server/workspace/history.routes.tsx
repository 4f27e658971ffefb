import { Hono } from 'hono';
import type { LocalizedText } from '../../shared/languages.js';
import { authorize } from '../http/auth.js';
import { Uuid } from '../http/common.schema.js';
import { AppError } from '../http/errors.js';
import { readParam } from '../http/validate.js';
import { readHistory } from '../modules/audit/audit.history.js';
import type { WorkspaceEnv } from './env.js';
import { lang, me } from './forms.js';
import { versionAfter } from './incidents/history.js';
import { HistoryPage } from './incidents/history.page.js';
import { requireSession } from './session.js';
import type { Section } from './views/layout.js';

/** The readable history of people, outlets, statements and letters, and any earlier version of them. */
export const historyPages = new Hono<WorkspaceEnv>();

const RECORDS = {
  person: { table: 'people', section: 'people', page: 'people' },
  outlet: { table: 'outlets', section: 'outlets', page: 'outlets' },
  intervention: { table: 'interventions', section: 'interventions', page: 'interventions' },
} as const;

historyPages.get(
  '/:lang{kk|ru|en}/workspace/history/:entity{(?:person|outlet|intervention)}/:id',
  requireSession(),
  async (c) => {
    authorize(c.var.actor, 'records.read');
    const l = lang(c);
    const entity = c.req.param('entity') as keyof typeof RECORDS;
    const record = RECORDS[entity];
    const id = readParam(c.req.param('id'), Uuid, 'id', `${entity}_not_found`);
    const { items: entries, integrity } = await readHistory(c.var.db, entity, id);
    if (entries.length === 0) throw new AppError(`${entity}_not_found`, 'No such record');
    const name =
      entity === 'intervention'
        ? await c.var.db.selectFrom('interventions').select('title').where('id', '=', id).executeTakeFirst()
        : await c.var.db
            .selectFrom(record.table as 'people')
            .select('name')
            .where('id', '=', id)
            .executeTakeFirst();
    const title =
      name && 'title' in name
        ? ((name.title as unknown as LocalizedText)[l] ??
          Object.values(name.title as unknown as LocalizedText)[0] ??
          id)
        : ((name as { name?: string } | undefined)?.name ?? id);
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
        integrity={integrity}
      />,
    );
  },
);
