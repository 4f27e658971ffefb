import type { BlockList } from 'node:net';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { FileStore } from '../modules/evidence/blob-store.js';
import type { IntakeLimits } from '../modules/help/intake-limits.js';
import type { Principal } from './auth.js';

/** What every handler can reach: who is asking, and the database. */
export interface AppEnv {
  Variables: {
    actor: Principal;
    db: Kysely<Database>;
    /** Days without a procedural step after which an open case counts as impunity. */
    stalledAfterDays: number;
    /** Where evidence files are stored, and the upload limit. */
    files: FileStore;
    /** The reverse proxies whose X-Forwarded-For names the client (null: none, use the socket). */
    trustedProxies: BlockList | null;
    /** Whether staff notifications can be mailed (QORGAU_SMTP_URL is set). */
    mailEnabled: boolean;
    /** The public help forms' limits (intake-limits.ts). */
    helpLimits: IntakeLimits;
  };
}
