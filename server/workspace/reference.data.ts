import type { Context } from 'hono';
import { t } from '../../shared/i18n/index.js';
import type { Labels, Language } from '../../shared/languages.js';
import type { Db } from '../db/database.js';
import { listTerms } from '../modules/vocabularies/vocabulary.repo.js';
import type { WorkspaceEnv } from './env.js';
import { lang } from './forms.js';
import type { Options } from './views/fields.js';
import type { Notice } from './views/layout.js';

/** A record id in a workspace path. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A vocabulary's terms as choices in the reader's language, in display order (read fresh, not cached). */
export async function termChoices(db: Db, vocabulary: string, l: Language): Promise<Options> {
  const terms = await listTerms(db, vocabulary);
  return terms.map((r) => [r.code, (r.labels as Labels)[l] ?? r.code] as const);
}

/** After a save the record page says so (the form posted, then was sent here). */
export function savedNotice(c: Context<WorkspaceEnv>): Notice | undefined {
  return c.req.query('done') === 'saved' ? { kind: 'done', text: t(lang(c), 'ws.saved') } : undefined;
}
