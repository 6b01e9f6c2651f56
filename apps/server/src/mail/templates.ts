import { dateLocale } from '@opcat/domain';
import type { Locale } from '@opcat/domain';
import { DIGEST_COPY, DIGEST_EVENT_TEXT } from './digest-templates.ts';
import type { DigestItem } from './digest-templates.ts';

/** The parameters each template accepts. Only what the recipient may read goes in. */
export interface MailTemplates {
  /** A new account: set your own password through a single-use link. */
  invitation: { organisationName: string; inviterName: string; link: string; expiresAt: Date };
  /** An existing account was added to one more organisation. */
  memberAdded: { organisationName: string; inviterName: string; link: string };
  /**
   * A notification the recipient asked to get by e-mail. Deliberately says only that there is one: an e-mail
   * leaves the platform, so what it is about is read in the app, through the read scope, when opened.
   */
  notification: { link: string };
  /** The daily digest: how many notifications per event, re-authorized when written; never what they are about. */
  notificationDigest: { link: string; items: DigestItem[] };
}
export type MailTemplate = keyof MailTemplates;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Copy {
  subject: string;
  /** Paragraphs; the last one before the link. */
  lines: string[];
  action: string;
  footer: string;
}

type Texts<T extends MailTemplate> = Record<Locale, (p: MailTemplates[T], date: string) => Copy>;

const invitation: Texts<'invitation'> = {
  es: (p, date) => ({
    subject: `Invitación a ${p.organisationName} en opcat-hub`,
    lines: [
      `${p.inviterName} le invita a unirse a ${p.organisationName} en opcat-hub.`,
      `Para activar su cuenta, elija su contraseña con este enlace. Es personal, sirve una sola vez y caduca el ${date}.`,
    ],
    action: 'Elegir mi contraseña',
    footer: 'Si no esperaba esta invitación, ignore este mensaje.',
  }),
  en: (p, date) => ({
    subject: `Invitation to ${p.organisationName} on opcat-hub`,
    lines: [
      `${p.inviterName} invites you to join ${p.organisationName} on opcat-hub.`,
      `To activate your account, choose your password through this link. It is personal, works once and expires on ${date}.`,
    ],
    action: 'Choose my password',
    footer: 'If you did not expect this invitation, ignore this message.',
  }),
  fr: (p, date) => ({
    subject: `Invitation à rejoindre ${p.organisationName} sur opcat-hub`,
    lines: [
      `${p.inviterName} vous invite à rejoindre ${p.organisationName} sur opcat-hub.`,
      `Pour activer votre compte, choisissez votre mot de passe avec ce lien. Il est personnel, ne sert qu’une fois et expire le ${date}.`,
    ],
    action: 'Choisir mon mot de passe',
    footer: 'Si vous n’attendiez pas cette invitation, ignorez ce message.',
  }),
  pt: (p, date) => ({
    subject: `Convite para ${p.organisationName} no opcat-hub`,
    lines: [
      `${p.inviterName} convida você a participar de ${p.organisationName} no opcat-hub.`,
      `Para ativar sua conta, escolha sua senha por este link. Ele é pessoal, funciona uma única vez e expira em ${date}.`,
    ],
    action: 'Escolher minha senha',
    footer: 'Se você não esperava este convite, ignore esta mensagem.',
  }),
};

const memberAdded: Texts<'memberAdded'> = {
  es: (p) => ({
    subject: `Ahora forma parte de ${p.organisationName} en opcat-hub`,
    lines: [`${p.inviterName} le ha añadido a ${p.organisationName} en opcat-hub. Entre con su contraseña de siempre.`],
    action: 'Abrir opcat-hub',
    footer: 'Si cree que es un error, avise a la administración de su organización.',
  }),
  en: (p) => ({
    subject: `You now belong to ${p.organisationName} on opcat-hub`,
    lines: [`${p.inviterName} added you to ${p.organisationName} on opcat-hub. Sign in with your usual password.`],
    action: 'Open opcat-hub',
    footer: 'If you think this is a mistake, tell your organisation’s administrators.',
  }),
  fr: (p) => ({
    subject: `Vous faites désormais partie de ${p.organisationName} sur opcat-hub`,
    lines: [
      `${p.inviterName} vous a ajouté·e à ${p.organisationName} sur opcat-hub. Connectez-vous avec votre mot de passe habituel.`,
    ],
    action: 'Ouvrir opcat-hub',
    footer: 'Si vous pensez qu’il s’agit d’une erreur, prévenez les administrateurs de votre organisation.',
  }),
  pt: (p) => ({
    subject: `Agora você faz parte de ${p.organisationName} no opcat-hub`,
    lines: [`${p.inviterName} adicionou você a ${p.organisationName} no opcat-hub. Entre com sua senha de sempre.`],
    action: 'Abrir o opcat-hub',
    footer: 'Se você acha que é um engano, avise a administração da sua organização.',
  }),
};

const notification: Texts<'notification'> = {
  es: () => ({
    subject: 'Tiene una notificación nueva en opcat-hub',
    lines: [
      'Hay una notificación nueva para usted en opcat-hub. Por confidencialidad, su contenido solo se muestra en la aplicación.',
    ],
    action: 'Ver mis notificaciones',
    footer: 'Puede elegir qué avisos recibe por correo en sus preferencias de notificación.',
  }),
  en: () => ({
    subject: 'You have a new notification on opcat-hub',
    lines: [
      'There is a new notification for you on opcat-hub. For confidentiality, its content is shown in the app only.',
    ],
    action: 'See my notifications',
    footer: 'You can choose which notices reach you by e-mail in your notification preferences.',
  }),
  fr: () => ({
    subject: 'Vous avez une nouvelle notification sur opcat-hub',
    lines: [
      'Une nouvelle notification vous attend sur opcat-hub. Par confidentialité, son contenu n’est affiché que dans l’application.',
    ],
    action: 'Voir mes notifications',
    footer: 'Vous pouvez choisir les avis reçus par e-mail dans vos préférences de notification.',
  }),
  pt: () => ({
    subject: 'Você tem uma nova notificação no opcat-hub',
    lines: [
      'Há uma nova notificação para você no opcat-hub. Por confidencialidade, o conteúdo só aparece no aplicativo.',
    ],
    action: 'Ver minhas notificações',
    footer: 'Você pode escolher quais avisos recebe por e-mail nas suas preferências de notificação.',
  }),
};

const digestIn =
  (locale: Locale) =>
  (p: MailTemplates['notificationDigest']): Copy => {
    const copy = DIGEST_COPY[locale];
    const total = p.items.reduce((sum, item) => sum + item.count, 0);
    return {
      subject: copy.subject(total),
      lines: [copy.intro, ...p.items.map((item) => `${item.count} × ${DIGEST_EVENT_TEXT[locale][item.event]}`)],
      action: copy.action,
      footer: copy.footer,
    };
  };
const notificationDigest: Texts<'notificationDigest'> = {
  es: digestIn('es'),
  en: digestIn('en'),
  fr: digestIn('fr'),
  pt: digestIn('pt'),
};

const TEMPLATES: { [T in MailTemplate]: Texts<T> } = { invitation, memberAdded, notification, notificationDigest };

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Renders a template in the recipient's language: plain text and simple HTML, every parameter escaped. */
export function renderMail<T extends MailTemplate>(
  template: T,
  locale: Locale,
  params: MailTemplates[T],
): RenderedMail {
  const expires = 'expiresAt' in params ? (params.expiresAt as Date) : null;
  const date = expires
    ? new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
        expires,
      ) + ' UTC'
    : '';
  const copy = (TEMPLATES[template][locale] as (p: MailTemplates[T], d: string) => Copy)(params, date);
  const link = params.link;
  const text = [...copy.lines, '', `${copy.action}: ${link}`, '', copy.footer, ''].join('\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(copy.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a">',
    ...copy.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(link)}" style="color: #1c4f9c">${escapeHtml(copy.action)}</a></p>`,
    `<p style="color: #444">${escapeHtml(copy.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: copy.subject, text, html };
}
