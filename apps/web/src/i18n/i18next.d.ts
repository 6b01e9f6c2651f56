import 'i18next';
import type esAnnual from './es.annual.json';
import type esDashboard from './es.dashboard.json';
import type esDiscovery from './es.discovery.json';
import type esExports from './es.exports.json';
import type es from './es.json';
import type esMail from './es.mail.json';
import type esMonitoring from './es.monitoring.json';
import type esNotifications from './es.notifications.json';
import type esNotify2 from './es.notify2.json';
import type esOnboarding from './es.onboarding.json';
import type esPasskeys from './es.passkeys.json';
import type esPractices from './es.practices.json';
import type esReports from './es.reports.json';
import type esScale from './es.scale.json';
import type esSecurity from './es.security.json';
import type esSso from './es.sso.json';
import type esTracker from './es.tracker.json';
import type esWorkplan from './es.workplan.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      annual: typeof esAnnual;
      dashboard: typeof esDashboard;
      discovery: typeof esDiscovery;
      exports: typeof esExports;
      translation: typeof es;
      mail: typeof esMail;
      monitoring: typeof esMonitoring;
      notifications: typeof esNotifications;
      notify2: typeof esNotify2;
      onboarding: typeof esOnboarding;
      passkeys: typeof esPasskeys;
      practices: typeof esPractices;
      reports: typeof esReports;
      scale: typeof esScale;
      security: typeof esSecurity;
      sso: typeof esSso;
      tracker: typeof esTracker;
      workplan: typeof esWorkplan;
    };
  }
}
