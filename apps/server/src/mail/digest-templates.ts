import type { Locale, NotificationEvent } from '@opcat/domain';

/** One line of a daily digest: how many notifications of one event (never what they are about). */
export interface DigestItem {
  event: NotificationEvent;
  count: number;
}

/** Each event in a few words, per language; the count is put before it ("3 × …"). Nothing names a record. */
export const DIGEST_EVENT_TEXT: Record<Locale, Record<NotificationEvent, string>> = {
  es: {
    RECOMMENDATION_ISSUED: 'recomendación dirigida a su autoridad',
    RESPONSE_DUE_14: 'respuesta que vence en 14 días',
    RESPONSE_DUE_7: 'respuesta que vence en 7 días',
    RESPONSE_DUE_1: 'respuesta que vence mañana',
    RESPONSE_OVERDUE: 'respuesta vencida',
    STATE_STATUS_REPORTED: 'estado de implementación informado por el Estado',
    MONITOR_STATUS_ASSESSED: 'implementación evaluada por el órgano de monitoreo',
    ACTION_ASSIGNED: 'acción asignada a su organización',
    ACTION_DUE_SOON: 'acción que vence en una semana',
    ACTION_OVERDUE: 'acción vencida',
    RECORD_SHARED: 'registro compartido con su organización',
    RECORD_SHARE_WITHDRAWN: 'registro que ya no se comparte con su organización',
    VISIT_TEAM_ADDED: 'incorporación a un equipo de visita',
    REPRISAL_NAMED: 'mención en un incidente de represalia',
    ROLE_CHANGED: 'cambio de su rol',
    WELFARE_CHECK_DUE: 'control de bienestar pendiente',
    MENTIONED: 'mención en un comentario',
    PUBLICATION_AUTHORISED: 'publicación autorizada',
  },
  en: {
    RECOMMENDATION_ISSUED: 'recommendation addressed to your authority',
    RESPONSE_DUE_14: 'response due in 14 days',
    RESPONSE_DUE_7: 'response due in 7 days',
    RESPONSE_DUE_1: 'response due tomorrow',
    RESPONSE_OVERDUE: 'overdue response',
    STATE_STATUS_REPORTED: 'implementation status reported by the State',
    MONITOR_STATUS_ASSESSED: 'implementation assessed by the monitoring body',
    ACTION_ASSIGNED: 'action assigned to your organisation',
    ACTION_DUE_SOON: 'action due within a week',
    ACTION_OVERDUE: 'overdue action',
    RECORD_SHARED: 'record shared with your organisation',
    RECORD_SHARE_WITHDRAWN: 'record no longer shared with your organisation',
    VISIT_TEAM_ADDED: 'added to a visit team',
    REPRISAL_NAMED: 'named on a reprisal incident',
    ROLE_CHANGED: 'change of your role',
    WELFARE_CHECK_DUE: 'welfare check due',
    MENTIONED: 'mention in a comment',
    PUBLICATION_AUTHORISED: 'publication authorised',
  },
  fr: {
    RECOMMENDATION_ISSUED: 'recommandation adressée à votre autorité',
    RESPONSE_DUE_14: 'réponse attendue dans 14 jours',
    RESPONSE_DUE_7: 'réponse attendue dans 7 jours',
    RESPONSE_DUE_1: 'réponse attendue demain',
    RESPONSE_OVERDUE: 'réponse en retard',
    STATE_STATUS_REPORTED: 'état de mise en œuvre communiqué par l’État',
    MONITOR_STATUS_ASSESSED: 'mise en œuvre évaluée par l’organe de contrôle',
    ACTION_ASSIGNED: 'action confiée à votre organisation',
    ACTION_DUE_SOON: 'action à échéance dans la semaine',
    ACTION_OVERDUE: 'action en retard',
    RECORD_SHARED: 'dossier partagé avec votre organisation',
    RECORD_SHARE_WITHDRAWN: 'dossier qui n’est plus partagé avec votre organisation',
    VISIT_TEAM_ADDED: 'ajout à une équipe de visite',
    REPRISAL_NAMED: 'mention dans un incident de représailles',
    ROLE_CHANGED: 'changement de votre rôle',
    WELFARE_CHECK_DUE: 'suivi de bien-être à effectuer',
    MENTIONED: 'mention dans un commentaire',
    PUBLICATION_AUTHORISED: 'publication autorisée',
  },
  pt: {
    RECOMMENDATION_ISSUED: 'recomendação dirigida à sua autoridade',
    RESPONSE_DUE_14: 'resposta com prazo em 14 dias',
    RESPONSE_DUE_7: 'resposta com prazo em 7 dias',
    RESPONSE_DUE_1: 'resposta com prazo amanhã',
    RESPONSE_OVERDUE: 'resposta atrasada',
    STATE_STATUS_REPORTED: 'situação de implementação informada pelo Estado',
    MONITOR_STATUS_ASSESSED: 'implementação avaliada pelo órgão de monitoramento',
    ACTION_ASSIGNED: 'ação atribuída à sua organização',
    ACTION_DUE_SOON: 'ação com prazo em uma semana',
    ACTION_OVERDUE: 'ação atrasada',
    RECORD_SHARED: 'registro compartilhado com sua organização',
    RECORD_SHARE_WITHDRAWN: 'registro que deixou de ser compartilhado com sua organização',
    VISIT_TEAM_ADDED: 'inclusão em uma equipe de visita',
    REPRISAL_NAMED: 'menção em um incidente de represália',
    ROLE_CHANGED: 'mudança do seu papel',
    WELFARE_CHECK_DUE: 'verificação de bem-estar pendente',
    MENTIONED: 'menção em um comentário',
    PUBLICATION_AUTHORISED: 'publicação autorizada',
  },
};

/** The digest's fixed words per language. */
export const DIGEST_COPY: Record<
  Locale,
  { subject: (n: number) => string; intro: string; action: string; footer: string }
> = {
  es: {
    subject: (n) => `Su resumen diario de opcat-hub: ${n} ${n === 1 ? 'notificación' : 'notificaciones'}`,
    intro:
      'Estas son sus notificaciones de las últimas horas. Por confidencialidad, su contenido solo se muestra en la aplicación.',
    action: 'Ver mis notificaciones',
    footer: 'Recibe este resumen porque eligió el correo diario en sus preferencias de notificación.',
  },
  en: {
    subject: (n) => `Your opcat-hub daily digest: ${n} ${n === 1 ? 'notification' : 'notifications'}`,
    intro:
      'These are your notifications of the past hours. For confidentiality, their content is shown in the app only.',
    action: 'See my notifications',
    footer: 'You receive this digest because you chose the daily e-mail in your notification preferences.',
  },
  fr: {
    subject: (n) => `Votre résumé quotidien opcat-hub : ${n} ${n === 1 ? 'notification' : 'notifications'}`,
    intro:
      'Voici vos notifications des dernières heures. Par confidentialité, leur contenu n’est affiché que dans l’application.',
    action: 'Voir mes notifications',
    footer: 'Vous recevez ce résumé car vous avez choisi l’e-mail quotidien dans vos préférences de notification.',
  },
  pt: {
    subject: (n) => `Seu resumo diário do opcat-hub: ${n} ${n === 1 ? 'notificação' : 'notificações'}`,
    intro: 'Estas são suas notificações das últimas horas. Por confidencialidade, o conteúdo só aparece no aplicativo.',
    action: 'Ver minhas notificações',
    footer: 'Você recebe este resumo porque escolheu o e-mail diário nas suas preferências de notificação.',
  },
};
