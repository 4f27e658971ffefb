import { createHash } from 'node:crypto';
import type { TestContext, TestResponse, Who } from './app.js';
import { buildIncident } from './factories.js';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Uploads bytes to an incident as a form (`sourceId` first, then the file), as `as`. */
export function upload(
  t: TestContext,
  incidentId: string,
  bytes: Uint8Array,
  options: { name?: string; type?: string; sourceId?: string; as?: Who } = {},
): Promise<TestResponse> {
  const form = new FormData();
  if (options.sourceId) form.append('sourceId', options.sourceId);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: options.type ?? 'application/octet-stream',
  });
  form.append('file', blob, options.name ?? 'photo.jpg');
  return t.request('POST', `/api/v1/incidents/${incidentId}/files`, { as: options.as ?? 'monitor', form });
}

/** Uploads and expects it to be stored; returns the file record. */
export async function uploaded(
  t: TestContext,
  incidentId: string,
  bytes: Uint8Array,
  options: Parameters<typeof upload>[3] = {},
) {
  const res = await upload(t, incidentId, bytes, options);
  if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${res.text}`);
  return res.body;
}

/** Downloads a path as bytes (the JSON client would decode them as text). */
export async function download(
  t: TestContext,
  path: string,
  as: Who = 'viewer',
  headers: Record<string, string> = {},
) {
  const auth: Record<string, string> =
    as === 'public' ? {} : { authorization: `Bearer ${t.tokens[as === 'admin' ? 'administrator' : as]}` };
  const res = await t.app.request(path, { headers: { ...auth, ...headers } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** Records an incident as the administrator; by default public, verified, with one public source. */
export async function recordIncident(t: TestContext, overrides: Record<string, unknown> = {}) {
  const base = buildIncident();
  const sources = base.sources.map((source) => ({ ...source, public: true }));
  const res = await t.post('/api/v1/incidents', { ...base, sources, ...overrides });
  if (res.status !== 201) throw new Error(`incident not recorded: ${res.text}`);
  return res.body as {
    id: string;
    version: number;
    sources: { id: string; public: boolean }[];
    victims: { personId: string }[];
    violations: { id: string }[];
  };
}

/** Releases a file to the public (or withdraws it) as an editor; returns the file record. */
export async function release(t: TestContext, fileId: string, value = true) {
  const res = await t.put(`/api/v1/files/${fileId}/public`, { public: value }, 'editor');
  if (res.status !== 200) throw new Error(`release refused: ${res.status} ${res.text}`);
  return res.body as { public: boolean; markedPublic: boolean };
}
