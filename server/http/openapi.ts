import { z } from 'zod';

/**
 * The OpenAPI 3.1 description is generated from the same zod schemas that validate requests, so
 * the two cannot disagree. Request bodies are described as the client writes them (defaults
 * optional), responses as the server sends them.
 */
const inputSchemas = z.registry<{ id: string }>();
const outputSchemas = z.registry<{ id: string }>();

/** Names a request schema so the description refers to it as a component. */
export function inputSchema<S extends z.ZodType>(id: string, schema: S): S {
  inputSchemas.add(schema, { id });
  return schema;
}

/** Names a response schema so the description refers to it as a component. */
export function outputSchema<S extends z.ZodType>(id: string, schema: S): S {
  outputSchemas.add(schema, { id });
  return schema;
}

type Method = 'get' | 'post' | 'put' | 'delete';

export interface RouteDoc {
  method: Method;
  /** OpenAPI path under /api/v1, with {param} placeholders. */
  path: string;
  summary: string;
  tag: string;
  /** public: anyone (internal callers see more); internal: needs an API token whose role allows it. */
  access: 'public' | 'internal';
  params?: Record<string, string>;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A multipart/form-data body (an upload) instead of JSON. */
  form?: z.ZodType;
  /**
   * The success response: status, description, and body schema (none for 204); `binary` for a
   * file, with the media types it can have.
   */
  response: {
    status: number;
    description: string;
    schema?: z.ZodType;
    publicSchema?: z.ZodType;
    binary?: string[];
  };
  /** Error codes this route can answer with besides the ones every route has. */
  errors?: number[];
  /** What an error status means on this route, where it differs from the usual. */
  errorText?: Record<number, string>;
}

const routes: RouteDoc[] = [];

/** Adds a route to the description. Called next to the handler it describes. */
export function describeRoute(route: RouteDoc): void {
  routes.push(route);
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed JSON or query parameters, or text with a NUL or an unpaired surrogate (invalid_text)',
  401: 'Missing, unknown, revoked or expired API token',
  403: "The token's account or scopes do not allow this",
  404: 'No such record',
  409: 'Stale version or duplicate value',
  413: 'Body larger than 1 MiB',
  415: 'Body is not application/json',
  422: 'The body breaks the schema or names unknown codes',
  503: 'Concurrent changes collided, even when tried again; nothing was written: send it again (try_again)',
};

function componentName(registry: z.core.$ZodRegistry<{ id: string }>, schema: z.ZodType): string {
  const id = registry.get(schema)?.id;
  if (!id) throw new Error('Every request and response body must be a named schema');
  return id;
}

function ref(id: string) {
  return { $ref: `#/components/schemas/${id}` };
}

/**
 * A JSON success response. When the public gets another shape than internal callers, both are
 * given (`anyOf`), and `x-public-schema` names the one a caller without a token receives.
 */
function jsonResponse(description: string, schema: z.ZodType, publicSchema?: z.ZodType) {
  const internal = ref(componentName(outputSchemas, schema));
  if (!publicSchema) return { description, content: { 'application/json': { schema: internal } } };
  const id = componentName(outputSchemas, publicSchema);
  return {
    description: `${description}. Without a token: ${id}`,
    content: { 'application/json': { schema: { anyOf: [internal, ref(id)] } } },
    'x-public-schema': ref(id),
  };
}

function describeOperation(route: RouteDoc) {
  const parameters: unknown[] = Object.entries(route.params ?? {}).map(([name, description]) => ({
    name,
    in: 'path',
    required: true,
    description,
    schema: { type: 'string' },
  }));
  if (route.query) {
    const shape = route.query.shape as Record<string, z.ZodType>;
    for (const [name, schema] of Object.entries(shape)) {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      delete json.$schema;
      const optional = schema.safeParse(undefined).success;
      parameters.push({
        name,
        in: 'query',
        required: !optional,
        schema: json,
        description: schema.description,
      });
    }
  }
  const responses: Record<string, unknown> = {
    [route.response.status]: route.response.binary
      ? {
          description: route.response.description,
          content: Object.fromEntries(
            route.response.binary.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
          ),
        }
      : route.response.schema
        ? jsonResponse(route.response.description, route.response.schema, route.response.publicSchema)
        : { description: route.response.description },
  };
  const errors = new Set([400, ...(route.errors ?? [])]);
  if (route.access === 'internal') {
    errors.add(401);
    errors.add(403);
  }
  if (route.body || route.form) for (const status of [413, 415, 422]) errors.add(status);
  if (route.method !== 'get') errors.add(503);
  for (const status of [...errors].sort()) {
    responses[status] = {
      description: route.errorText?.[status] ?? ERROR_TEXT[status] ?? 'Error',
      content: { 'application/json': { schema: ref('Error') } },
    };
  }
  return {
    summary: route.summary,
    tags: [route.tag],
    ...(route.access === 'internal' ? { security: [{ bearer: [] }] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref(componentName(inputSchemas, route.body)) } },
          },
        }
      : {}),
    ...(route.form
      ? {
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema: ref(componentName(inputSchemas, route.form)) } },
          },
        }
      : {}),
    responses,
  };
}

/** The whole OpenAPI 3.1 document, deterministic so it can be committed and compared. */
export function buildOpenApi(version: string): Record<string, unknown> {
  const uri = (id: string) => `#/components/schemas/${id}`;
  const inputs = z.toJSONSchema(inputSchemas, { io: 'input', uri, unrepresentable: 'any' }).schemas;
  const outputs = z.toJSONSchema(outputSchemas, { io: 'output', uri, unrepresentable: 'any' }).schemas;
  const schemas: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries({ ...inputs, ...outputs }).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
    schemas[id] = rest;
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    paths[`/api/v1${route.path}`] ??= {};
    (paths[`/api/v1${route.path}`] as Record<string, unknown>)[route.method] = describeOperation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Qorgau API',
      version,
      description:
        'Incidents of attacks on journalists, their victims, sources and reference data. ' +
        'Without a bearer token only verified, public records are visible, with the names of ' +
        'victims who did not consent to be named withheld.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token (qg_…) created in the workspace',
        },
      },
      schemas,
    },
    paths,
  };
}
