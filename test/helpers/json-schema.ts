/**
 * The part of JSON Schema (2020-12) the OpenAPI document uses, read by the tests: a checker for
 * real responses, and the leaves of a schema for generating inputs. Written here rather than
 * imported so the tests depend on nothing the server does not.
 */
export type Schema = Record<string, unknown>;
export type Doc = { components: { schemas: Record<string, Schema> } };

/** Follows a `$ref` into the document's components. */
export function resolve(doc: Doc, schema: Schema): Schema {
  let s = schema;
  for (let hops = 0; typeof s.$ref === 'string' && hops < 20; hops += 1) {
    const name = (s.$ref as string).replace('#/components/schemas/', '');
    const target = doc.components.schemas[name];
    if (!target) throw new Error(`no component ${name}`);
    s = target;
  }
  return s;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    default:
      return typeof value === type;
  }
}

function checkString(schema: Schema, value: string, path: string, out: string[]): void {
  const length = [...value].length;
  if (typeof schema.minLength === 'number' && length < schema.minLength)
    out.push(`${path}: shorter than ${schema.minLength}`);
  if (typeof schema.maxLength === 'number' && length > schema.maxLength)
    out.push(`${path}: longer than ${schema.maxLength}`);
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value))
    out.push(`${path}: does not match ${schema.pattern}`);
  if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) out.push(`${path}: not a date-time`);
  if (schema.format === 'uri' && !URL.canParse(value)) out.push(`${path}: not a URI`);
}

function checkObject(doc: Doc, schema: Schema, value: Record<string, unknown>, path: string, out: string[]) {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const key of (schema.required ?? []) as string[])
    if (!(key in value)) out.push(`${path}.${key}: required`);
  for (const [key, child] of Object.entries(value)) {
    if (properties[key]) check(doc, properties[key], child, `${path}.${key}`, out);
    else if (schema.additionalProperties === false) out.push(`${path}.${key}: not in the schema`);
    else if (isObject(schema.additionalProperties))
      check(doc, schema.additionalProperties, child, `${path}.${key}`, out);
    if (isObject(schema.propertyNames)) check(doc, schema.propertyNames, key, `${path}[key ${key}]`, out);
  }
}

function checkNumber(schema: Schema, value: number, path: string, out: string[]): void {
  if (typeof schema.minimum === 'number' && value < schema.minimum)
    out.push(`${path}: below ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && value > schema.maximum)
    out.push(`${path}: above ${schema.maximum}`);
}

function checkArray(doc: Doc, schema: Schema, value: unknown[], path: string, out: string[]): void {
  if (typeof schema.minItems === 'number' && value.length < schema.minItems)
    out.push(`${path}: too few items`);
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
    out.push(`${path}: too many items`);
  if (!isObject(schema.items)) return;
  for (const [i, item] of value.entries()) check(doc, schema.items, item, `${path}[${i}]`, out);
}

/** Every way `value` breaks `schema`, each with its path; empty when it conforms. */
export function check(doc: Doc, schemaIn: Schema, value: unknown, path = '$', out: string[] = []): string[] {
  const schema = resolve(doc, schemaIn);
  if (Array.isArray(schema.anyOf)) {
    const fits = (schema.anyOf as Schema[]).some((option) => check(doc, option, value, path).length === 0);
    if (!fits)
      out.push(
        `${path}: matches none of ${schema.anyOf.length} shapes (${JSON.stringify(value)?.slice(0, 80)})`,
      );
    return out;
  }
  const types = schema.type === undefined ? [] : [schema.type].flat().map(String);
  if (types.length > 0 && !types.some((t) => typeMatches(t, value))) {
    out.push(`${path}: not ${types.join(' or ')}`);
    return out;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    out.push(`${path}: ${String(value)} not in the enum`);
  if (typeof value === 'string') checkString(schema, value, path, out);
  if (typeof value === 'number') checkNumber(schema, value, path, out);
  if (Array.isArray(value)) checkArray(doc, schema, value, path, out);
  if (isObject(value) && (schema.properties || schema.additionalProperties !== undefined)) {
    checkObject(doc, schema, value, path, out);
  }
  return out;
}

/** Every integer and number a schema (input side) accepts, with where it stands. */
export function numbersOf(
  doc: Doc,
  schemaIn: Schema,
  path = '$',
  seen = new Set<Schema>(),
): { path: string; schema: Schema }[] {
  const schema = resolve(doc, schemaIn);
  if (seen.has(schema)) return [];
  const next = new Set(seen).add(schema);
  const out: { path: string; schema: Schema }[] = [];
  const types = [schema.type ?? []].flat();
  if (types.includes('integer') || types.includes('number')) out.push({ path, schema });
  for (const option of (schema.anyOf ?? []) as Schema[]) out.push(...numbersOf(doc, option, path, next));
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    out.push(...numbersOf(doc, child, `${path}.${key}`, next));
  }
  if (isObject(schema.items)) out.push(...numbersOf(doc, schema.items, `${path}[]`, next));
  return out;
}
