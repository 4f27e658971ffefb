import type { helpAuditEn } from './help-audit.en.js';

/** Действия журнала по обращениям в службу помощи (без их содержания). */
export const helpAuditRu: Record<keyof typeof helpAuditEn, string> = {
  'audit.action.help.arrived': 'Поступило обращение',
  'audit.action.help.replied': 'Автор обращения ответил',
  'audit.action.help.assigned': 'Передал(а) обращение сотруднику',
  'audit.action.help.unassigned': 'Снял(а) ответственного с обращения',
  'audit.action.help.status_changed': 'Изменил(а) статус обращения',
  'audit.action.help.category_changed': 'Изменил(а) тему обращения',
  'audit.action.help.noted': 'Оставил(а) внутреннюю заметку',
  'audit.action.help.answered': 'Ответил(а) автору обращения',
  'audit.action.help.incident_linked': 'Связал(а) обращение с инцидентом',
  'audit.action.help.desk_initialised': 'Создал(а) ключ службы помощи',
  'audit.action.help.desk_rotated': 'Заменил(а) ключ службы помощи',
  'audit.action.help.desk_unlocked': 'Открыл(а) службу помощи ключом восстановления',
  'audit.action.help.access_granted': 'Открыл(а) доступ к службе помощи',
  'audit.action.help.access_revoked': 'Закрыл(а) доступ к службе помощи',
};
