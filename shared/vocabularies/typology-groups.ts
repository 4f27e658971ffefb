import { TYPOLOGY } from './typology.js';

/** The typology's groups, A–I, in their order. */
export const TYPOLOGY_GROUPS = TYPOLOGY.filter((term) => term.parent === null).map((term) => term.code);

const GROUP_OF = new Map(TYPOLOGY.map((term) => [term.code, term.parent ?? term.code]));

/**
 * The group (A–I) a typology code belongs to, or null for a code added later whose group is not
 * shipped. Pages mark an element with `group-X` so it takes the group's colour (web/site.css).
 */
export function typologyGroupOf(code: string): string | null {
  return GROUP_OF.get(code) ?? null;
}

/** The class that gives an element its group's colour; `group-none` when the group is unknown. */
export function groupClass(code: string): string {
  const group = typologyGroupOf(code);
  return group ? `group-${group}` : 'group-none';
}
