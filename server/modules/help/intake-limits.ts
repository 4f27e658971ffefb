/**
 * The public help forms' limits: how long a form may take, how much it may carry, and how many
 * requests the desk takes in a window. Counted for everyone together, never per address.
 */
export interface IntakeLimits {
  /** A form sent sooner than this after it was shown was not filled by a person. */
  minFillMs: number;
  /** A form older than this is refused (its text comes back with a fresh form). */
  maxAgeMs: number;
  /** How often one form may be sent back with a problem before it must be shown anew. */
  triesPerToken: number;
  /** Requests taken in one window, all lanes together. */
  submissionsPerWindow: number;
  /** Requests without a proof of work (the moderated lane) taken in one window. */
  moderatedPerWindow: number;
  /** Receipt look-ups (status, files, replies) in one window, all together. */
  lookupsPerWindow: number;
  windowMinutes: number;
  /** Files one form may carry, and each file's size. */
  maxFiles: number;
  maxFileBytes: number;
  /** The proof of work: the counter a browser searches for lies between these. */
  powMinCounter: number;
  powMaxCounter: number;
}

export const DEFAULT_INTAKE_LIMITS: IntakeLimits = {
  minFillMs: 3_000,
  maxAgeMs: 2 * 60 * 60 * 1000,
  triesPerToken: 5,
  submissionsPerWindow: 60,
  moderatedPerWindow: 20,
  lookupsPerWindow: 600,
  windowMinutes: 10,
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  powMinCounter: 10_000,
  powMaxCounter: 50_000,
};

/** The longest text of each field, in characters. */
export const FIELD_MAX: Record<string, number> = {
  what: 20_000,
  when: 500,
  where: 1_000,
  targeted: 1_000,
  by_whom: 2_000,
  links: 5_000,
  question: 20_000,
  text: 20_000,
  contact: 1_000,
};

/** Room for the form's small fields, boundaries and part headers around the files. */
export const HELP_FORM_OVERHEAD = 512 * 1024;

/** The largest body a help form may have: every file at its largest, and the text around them. */
export const helpBodyMax = (limits: IntakeLimits): number =>
  limits.maxFiles * limits.maxFileBytes + HELP_FORM_OVERHEAD;
