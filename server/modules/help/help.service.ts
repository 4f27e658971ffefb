// The help desk's use cases. Public ones take a receipt; staff ones a Principal, authorised first
// ('help.work'; 'help.all' to see requests held by others, and spam). Each write is one
// transaction with its audit event (that a request arrived or changed, never its content), and
// emits its help event after the commit (help.events.ts).
//
// The requester's half (the receipt) is in help-requester.service.ts, the staff's in
// help-staff.service.ts and help-staff-writes.service.ts; the keys in help-keys.service.ts
// (sign-in, sessions, `help-desk init`) and help-access.service.ts (grants, the recovery key).

export {
  openThread,
  readRequesterFile,
  replyAsRequester,
  submitHelpRequest,
} from './help-requester.service.js';
export {
  addHelpNote,
  answerHelpRequest,
  assignHelpRequest,
  draftFromHelpRequest,
  HELP_MOVES,
  helpQueueCounts,
  linkHelpIncident,
  listHelpRequests,
  readHelpRequest,
  readStaffFile,
  setHelpCategory,
  setHelpStatus,
} from './help-staff.service.js';
