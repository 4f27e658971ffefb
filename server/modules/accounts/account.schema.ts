import { z } from 'zod';
import { ROLES, TOKEN_SCOPES } from '../../../shared/access/permissions.js';
import { LANGUAGES } from '../../../shared/languages.js';
import { Version } from '../../http/common.schema.js';
import { inputSchema, outputSchema } from '../../http/openapi.js';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'letters, digits, dot, dash or underscore; 3 to 64');

export const AccountInput = inputSchema(
  'AccountInput',
  z.strictObject({
    username: Username,
    displayName: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    language: z.enum(LANGUAGES).default('ru'),
  }),
);
export type AccountInput = z.infer<typeof AccountInput>;

export const AccountUpdate = inputSchema(
  'AccountUpdate',
  z.strictObject({
    displayName: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    language: z.enum(LANGUAGES),
    disabled: z.boolean(),
    version: Version,
  }),
);
export type AccountUpdate = z.infer<typeof AccountUpdate>;

export const AccountView = outputSchema(
  'Account',
  z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    language: z.enum(LANGUAGES),
    twoFactor: z.boolean().describe('Whether a second factor is set up'),
    mustChangePassword: z.boolean(),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    version: z.number().int(),
  }),
);
export type AccountView = z.infer<typeof AccountView>;

export const TokenInput = inputSchema(
  'ApiTokenInput',
  z.strictObject({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(3),
    expiresInDays: z.number().int().min(1).max(3650).nullable().default(null),
  }),
);
export type TokenInput = z.infer<typeof TokenInput>;

export const TokenView = outputSchema(
  'ApiToken',
  z.object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the token, to tell tokens apart'),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  }),
);
export type TokenView = z.infer<typeof TokenView>;

export const NewToken = outputSchema(
  'NewApiToken',
  TokenView.extend({ token: z.string().describe('The token itself: shown this once, stored only hashed') }),
);
