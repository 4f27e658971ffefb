import type { Language } from '../../../shared/languages.js';
import type { HelpAuthor, HelpCategory, HelpKind, HelpLane, HelpStatus } from '../../db/schema.help.js';

/** The fields of a report ("what, when, where, who was targeted, by whom, links"), each free text. */
export const REPORT_FIELDS = ['what', 'when', 'where', 'targeted', 'by_whom', 'links'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** A file as the requester or a staff member sent it, before sealing and after opening. */
export interface HelpFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What a message holds once opened: the first message of a report or question, or a later text. */
export interface MessageBody {
  /** A report's fields (only those filled), or { question } for a question. */
  fields?: Partial<Record<ReportField | 'question', string>>;
  /** How to reach the requester, if they chose to say (optional; anonymity is the default). */
  contact?: string | null;
  /** A reply, an answer or an internal note. */
  text?: string;
}

/** A new request from the public form, already validated (sizes, category, honeypot, token). */
export interface HelpSubmission {
  kind: HelpKind;
  category: HelpCategory;
  language: Language;
  lane: HelpLane;
  body: MessageBody;
  files: HelpFile[];
}

/** Shown once to the requester: the code finds the request, the passphrase unlocks it. */
export interface Receipt {
  /** 16 digits, written in four groups of four. */
  code: string;
  /** 16 digits, written in four groups of four; never stored, only a key derived from it. */
  passphrase: string;
}

export interface FileInfo {
  id: string;
  name: string;
  mediaType: string;
  size: number;
}

export interface ThreadMessage {
  id: string;
  author: HelpAuthor;
  at: Date;
  body: MessageBody;
  files: FileInfo[];
  /** Staff views only: who wrote an answer or a note. Never shown to the requester. */
  staffName?: string | null;
}

/** What the requester reads with the receipt: the thread without internal notes or staff names. */
export interface RequesterThread {
  kind: HelpKind;
  category: HelpCategory;
  status: HelpStatus;
  createdAt: Date;
  messages: ThreadMessage[];
}

/** A request in the queue: no content, so it can be listed without the desk key. */
export interface HelpRequestSummary {
  id: string;
  kind: HelpKind;
  category: HelpCategory;
  status: HelpStatus;
  lane: HelpLane;
  language: Language;
  createdAt: Date;
  lastRequesterAt: Date;
  lastStaffAt: Date | null;
  assignedTo: { id: string; displayName: string } | null;
  incidentId: string | null;
  version: number;
}

export interface HelpRequestDetail extends HelpRequestSummary {
  /** Null when this session holds no desk key: the page says how to get access. */
  messages: ThreadMessage[] | null;
}

/** The queue at a glance, for the dashboard: what waits (new or in progress), by category and age. */
export interface HelpQueueCounts {
  waiting: number;
  moderated: number;
  byCategory: Record<HelpCategory, number>;
  byAge: { day: number; week: number; month: number; older: number };
}

export interface HelpListFilter {
  status?: HelpStatus;
  category?: HelpCategory;
  lane?: HelpLane;
  /** 'me': assigned to the reader; 'none': unassigned. */
  assigned?: 'me' | 'none';
}

/** The desk's private key, opened for one signed-in session. */
export interface DeskKey {
  version: number;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}
