/** The help desk's audit actions, as the history pages name them (never any content). */
export const helpAuditEn = {
  'audit.action.help.arrived': 'A help request arrived',
  'audit.action.help.replied': 'The requester wrote back',
  'audit.action.help.assigned': 'Assigned the request',
  'audit.action.help.unassigned': 'Took the request off its holder',
  'audit.action.help.status_changed': 'Changed the request’s status',
  'audit.action.help.category_changed': 'Changed the request’s category',
  'audit.action.help.noted': 'Added an internal note',
  'audit.action.help.answered': 'Answered the requester',
  'audit.action.help.incident_linked': 'Linked the request to an incident',
  'audit.action.help.desk_initialised': 'Set up the help desk’s key',
  'audit.action.help.desk_rotated': 'Replaced the help desk’s key',
  'audit.action.help.desk_unlocked': 'Opened the help desk with the recovery key',
  'audit.action.help.access_granted': 'Gave access to the help desk',
  'audit.action.help.access_revoked': 'Took away access to the help desk',
} as const;
