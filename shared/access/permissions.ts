/**
 * Who may do what. Roles are fixed; each grants a set of permissions, and the services check a
 * permission before they change anything (the workspace only hides what you may not do).
 * docs/PERMISSIONS.md is this table in prose; a test walks every cell.
 */
export const ROLES = ['administrator', 'editor', 'monitor', 'lawyer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Read internal records: restricted incidents, internal notes, non-public sources, history. */
  'records.read',
  /** Create and edit incidents (violations, victims, sources); keep them reported or verifying. */
  'incidents.write',
  'incidents.delete',
  /** Move an incident to verified, rejected or merged. */
  'incidents.verify',
  'incidents.publish',
  /** Change who may see an incident (public, restricted, confidential) and grant confidential access. */
  'incidents.visibility',
  /** Actors, involvement and legal-status changes of perpetrators. */
  'cases.write',
  /** Proceedings and their events. */
  'proceedings.write',
  /** Override the derived accountability status with a written reason. */
  'accountability.override',
  /** Statements and alerts issued in the organisation's name. */
  'statements.write',
  /** Letters and emails to authorities, and their replies. */
  'letters.write',
  'people.write',
  'people.delete',
  /** Indicators and figures published by others. */
  'context.write',
  /** Vocabularies and the gazetteer. */
  'reference.write',
  /** Accounts, roles, password resets, the two-factor rule. */
  'accounts.manage',
  /** Work the help desk queue: read requests (with the desk key), answer, note, assign, change status. */
  'help.work',
  /** See every help request, whoever holds it, spam included. */
  'help.all',
  /** Give and take away access to the help desk's key. */
  'help.keys',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MONITOR: Permission[] = [
  'records.read',
  'incidents.write',
  'cases.write',
  'proceedings.write',
  'people.write',
  'help.work',
];
const EDITOR: Permission[] = [
  ...MONITOR,
  'incidents.delete',
  'incidents.verify',
  'incidents.publish',
  'incidents.visibility',
  'accountability.override',
  'statements.write',
  'letters.write',
  'people.delete',
  'context.write',
  'help.all',
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  administrator: new Set(PERMISSIONS),
  editor: new Set(EDITOR),
  monitor: new Set(MONITOR),
  lawyer: new Set(['records.read', 'proceedings.write', 'letters.write', 'help.work']),
  viewer: new Set(['records.read']),
};

/** Roles that see every confidential record; everyone else sees one only when granted it. */
export const SEES_ALL_CONFIDENTIAL: ReadonlySet<Role> = new Set(['administrator', 'editor']);

/**
 * What an API token may do, at most: its owner's role still limits it. A `read` token cannot
 * change anything even for an administrator.
 */
export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export function scopeOf(permission: Permission): TokenScope {
  if (permission === 'records.read') return 'read';
  if (permission === 'accounts.manage') return 'admin';
  return 'write';
}
