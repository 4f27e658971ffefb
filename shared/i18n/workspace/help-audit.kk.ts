import type { helpAuditEn } from './help-audit.en.js';

/** Көмек қызметіне түскен өтініштер бойынша журнал әрекеттері (мазмұнынсыз). */
export const helpAuditKk: Record<keyof typeof helpAuditEn, string> = {
  'audit.action.help.arrived': 'Өтініш түсті',
  'audit.action.help.replied': 'Өтініш иесі жауап жазды',
  'audit.action.help.assigned': 'Өтінішті қызметкерге тапсырды',
  'audit.action.help.unassigned': 'Өтініштің жауаптысын алып тастады',
  'audit.action.help.status_changed': 'Өтініштің күйін өзгертті',
  'audit.action.help.category_changed': 'Өтініштің тақырыбын өзгертті',
  'audit.action.help.noted': 'Ішкі жазба қалдырды',
  'audit.action.help.answered': 'Өтініш иесіне жауап берді',
  'audit.action.help.incident_linked': 'Өтінішті оқиғамен байланыстырды',
  'audit.action.help.desk_initialised': 'Көмек қызметінің кілтін жасады',
  'audit.action.help.desk_rotated': 'Көмек қызметінің кілтін ауыстырды',
  'audit.action.help.desk_unlocked': 'Көмек қызметін қалпына келтіру кілтімен ашты',
  'audit.action.help.access_granted': 'Көмек қызметіне рұқсат берді',
  'audit.action.help.access_revoked': 'Көмек қызметіне рұқсатты алып тастады',
};
