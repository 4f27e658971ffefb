import { type MessageKey, t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';

/*
 * The OpenAPI document as a page: operations grouped by tag, with their parameters, request body
 * and responses, rendered on the server from the same object /api/v1/openapi.json serves.
 */

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  description?: string;
}
interface Operation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses?: Record<string, { description?: string }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

/** Tags in the order a reader of open data meets them; any other tag follows. */
const TAG_ORDER = [
  'incidents',
  'accountability',
  'statistics',
  'places',
  'vocabularies',
  'people',
  'outlets',
  'advocacy',
  'context',
  'evidence',
  'workflow',
  'accounts',
];

export interface ListedOperation {
  method: string;
  path: string;
  operation: Operation;
}

/** Every operation of the document, grouped by its first tag, the groups in reading order. */
export function operationsByTag(document: OpenApiDocument): [string, ListedOperation[]][] {
  const groups = new Map<string, ListedOperation[]>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags?.[0] ?? 'other';
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, operation }]);
    }
  }
  const rank = (tag: string) => (TAG_ORDER.includes(tag) ? TAG_ORDER.indexOf(tag) : TAG_ORDER.length);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

const tagName = (lang: Language, tag: string) => {
  const key = `od.tag.${tag}` as MessageKey;
  const name = t(lang, key);
  return name === key ? tag : name;
};

/** An operation's anchor on the page: get-api-v1-incidents-id. */
export const anchorOf = (method: string, path: string) =>
  `${method}-${path}`
    .replace(/[{}]/g, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/-$/, '')
    .toLowerCase();

const schemaName = (operation: Operation) => {
  const content = Object.entries(operation.requestBody?.content ?? {})[0];
  if (!content) return null;
  return { type: content[0], name: content[1].schema?.$ref?.split('/').pop() ?? '' };
};

function OperationEntry({ lang, op }: { lang: Language; op: ListedOperation }) {
  const { method, path, operation } = op;
  const body = schemaName(operation);
  return (
    <article class="operation" id={anchorOf(method, path)}>
      <h4>
        <code class={`method method-${method}`}>{method.toUpperCase()}</code> <code>{path}</code>{' '}
        <span class={operation.security ? 'access token' : 'access public'}>
          {t(lang, operation.security ? 'od.api.token' : 'od.api.public')}
        </span>
      </h4>
      {operation.summary ? <p lang="en">{operation.summary}</p> : null}
      {operation.parameters?.length ? (
        <details>
          <summary>
            {t(lang, 'od.api.parameters')} ({operation.parameters.length})
          </summary>
          <ul class="parameters">
            {operation.parameters.map((p) => (
              <li>
                <code>{p.name}</code> — {t(lang, `od.api.in.${p.in}`)}
                {p.required ? `, ${t(lang, 'od.api.required')}` : ''}
                {p.description ? (
                  <>
                    : <span lang="en">{p.description}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {body ? (
        <p>
          {t(lang, 'od.api.body')}: <code>{body.name}</code> ({body.type})
        </p>
      ) : null}
      <p class="responses">{t(lang, 'od.api.responses')}:</p>
      <ul class="responses">
        {Object.entries(operation.responses ?? {}).map(([status, response]) => (
          <li>
            <code>{status}</code> <span lang="en">{response.description ?? ''}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}

/** The API reference section of the open-data page. */
export function ApiReference({ lang, document }: { lang: Language; document: OpenApiDocument }) {
  const groups = operationsByTag(document);
  return (
    <>
      <p class="meta">{t(lang, 'od.api.english')}</p>
      <h3>{t(lang, 'od.api.operations')}</h3>
      {groups.map(([tag, ops]) => (
        <details class="api-tag" id={`tag-${tag}`}>
          <summary>
            {tagName(lang, tag)} ({ops.length})
          </summary>
          {ops.map((op) => (
            <OperationEntry lang={lang} op={op} />
          ))}
        </details>
      ))}
    </>
  );
}
