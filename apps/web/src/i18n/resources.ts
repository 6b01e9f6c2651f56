import enAnnual from './en.annual.json';
import esAnnual from './es.annual.json';
import frAnnual from './fr.annual.json';
import ptAnnual from './pt.annual.json';
import enDashboard from './en.dashboard.json';
import esDashboard from './es.dashboard.json';
import frDashboard from './fr.dashboard.json';
import ptDashboard from './pt.dashboard.json';
import enDiscovery from './en.discovery.json';
import esDiscovery from './es.discovery.json';
import frDiscovery from './fr.discovery.json';
import ptDiscovery from './pt.discovery.json';
import enExports from './en.exports.json';
import esExports from './es.exports.json';
import frExports from './fr.exports.json';
import ptExports from './pt.exports.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import pt from './pt.json';
import enMail from './en.mail.json';
import esMail from './es.mail.json';
import frMail from './fr.mail.json';
import ptMail from './pt.mail.json';
import enMonitoring from './en.monitoring.json';
import esMonitoring from './es.monitoring.json';
import frMonitoring from './fr.monitoring.json';
import ptMonitoring from './pt.monitoring.json';
import enNotifications from './en.notifications.json';
import esNotifications from './es.notifications.json';
import frNotifications from './fr.notifications.json';
import ptNotifications from './pt.notifications.json';
import enNotify2 from './en.notify2.json';
import esNotify2 from './es.notify2.json';
import frNotify2 from './fr.notify2.json';
import ptNotify2 from './pt.notify2.json';
import enOnboarding from './en.onboarding.json';
import esOnboarding from './es.onboarding.json';
import frOnboarding from './fr.onboarding.json';
import ptOnboarding from './pt.onboarding.json';
import enPasskeys from './en.passkeys.json';
import esPasskeys from './es.passkeys.json';
import frPasskeys from './fr.passkeys.json';
import ptPasskeys from './pt.passkeys.json';
import enPractices from './en.practices.json';
import esPractices from './es.practices.json';
import frPractices from './fr.practices.json';
import ptPractices from './pt.practices.json';
import enReports from './en.reports.json';
import esReports from './es.reports.json';
import frReports from './fr.reports.json';
import ptReports from './pt.reports.json';
import enScale from './en.scale.json';
import esScale from './es.scale.json';
import frScale from './fr.scale.json';
import ptScale from './pt.scale.json';
import enSecurity from './en.security.json';
import esSecurity from './es.security.json';
import frSecurity from './fr.security.json';
import ptSecurity from './pt.security.json';
import enSso from './en.sso.json';
import esSso from './es.sso.json';
import frSso from './fr.sso.json';
import ptSso from './pt.sso.json';
import enTracker from './en.tracker.json';
import esTracker from './es.tracker.json';
import frTracker from './fr.tracker.json';
import ptTracker from './pt.tracker.json';
import enWorkplan from './en.workplan.json';
import esWorkplan from './es.workplan.json';
import frWorkplan from './fr.workplan.json';
import ptWorkplan from './pt.workplan.json';
import type { AppLanguage } from './language.ts';

/**
 * Every language's texts, one namespace per feature area. Spanish is the reference: the resources
 * test compares every other language's keys (plural forms included) and interpolation variables with it.
 * The app itself loads these files one language and area at a time (i18n/index.ts); this map is for tests.
 */
export const RESOURCES = {
  es: {
    annual: esAnnual,
    dashboard: esDashboard,
    discovery: esDiscovery,
    exports: esExports,
    translation: es,
    mail: esMail,
    monitoring: esMonitoring,
    notifications: esNotifications,
    notify2: esNotify2,
    onboarding: esOnboarding,
    passkeys: esPasskeys,
    practices: esPractices,
    reports: esReports,
    scale: esScale,
    security: esSecurity,
    sso: esSso,
    tracker: esTracker,
    workplan: esWorkplan,
  },
  en: {
    annual: enAnnual,
    dashboard: enDashboard,
    discovery: enDiscovery,
    exports: enExports,
    translation: en,
    mail: enMail,
    monitoring: enMonitoring,
    notifications: enNotifications,
    notify2: enNotify2,
    onboarding: enOnboarding,
    passkeys: enPasskeys,
    practices: enPractices,
    reports: enReports,
    scale: enScale,
    security: enSecurity,
    sso: enSso,
    tracker: enTracker,
    workplan: enWorkplan,
  },
  fr: {
    annual: frAnnual,
    dashboard: frDashboard,
    discovery: frDiscovery,
    exports: frExports,
    translation: fr,
    mail: frMail,
    monitoring: frMonitoring,
    notifications: frNotifications,
    notify2: frNotify2,
    onboarding: frOnboarding,
    passkeys: frPasskeys,
    practices: frPractices,
    reports: frReports,
    scale: frScale,
    security: frSecurity,
    sso: frSso,
    tracker: frTracker,
    workplan: frWorkplan,
  },
  pt: {
    annual: ptAnnual,
    dashboard: ptDashboard,
    discovery: ptDiscovery,
    exports: ptExports,
    translation: pt,
    mail: ptMail,
    monitoring: ptMonitoring,
    notifications: ptNotifications,
    notify2: ptNotify2,
    onboarding: ptOnboarding,
    passkeys: ptPasskeys,
    practices: ptPractices,
    reports: ptReports,
    scale: ptScale,
    security: ptSecurity,
    sso: ptSso,
    tracker: ptTracker,
    workplan: ptWorkplan,
  },
} satisfies Record<AppLanguage, Record<string, unknown>>;
