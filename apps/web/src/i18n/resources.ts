import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import pt from './pt.json';
import enMonitoring from './en.monitoring.json';
import esMonitoring from './es.monitoring.json';
import frMonitoring from './fr.monitoring.json';
import ptMonitoring from './pt.monitoring.json';
import enTracker from './en.tracker.json';
import esTracker from './es.tracker.json';
import frTracker from './fr.tracker.json';
import ptTracker from './pt.tracker.json';
import enWorkplan from './en.workplan.json';
import esWorkplan from './es.workplan.json';
import frWorkplan from './fr.workplan.json';
import ptWorkplan from './pt.workplan.json';
import enNotifications from './en.notifications.json';
import esNotifications from './es.notifications.json';
import frNotifications from './fr.notifications.json';
import ptNotifications from './pt.notifications.json';
import type { AppLanguage } from './language.ts';

/**
 * Every language's texts, one namespace per feature area. Spanish is the reference: the resources
 * test compares every other language's keys (plural forms included) and interpolation variables with it.
 */
export const RESOURCES = {
  es: {
    translation: es,
    monitoring: esMonitoring,
    tracker: esTracker,
    workplan: esWorkplan,
    notifications: esNotifications,
  },
  en: {
    translation: en,
    monitoring: enMonitoring,
    tracker: enTracker,
    workplan: enWorkplan,
    notifications: enNotifications,
  },
  fr: {
    translation: fr,
    monitoring: frMonitoring,
    tracker: frTracker,
    workplan: frWorkplan,
    notifications: frNotifications,
  },
  pt: {
    translation: pt,
    monitoring: ptMonitoring,
    tracker: ptTracker,
    workplan: ptWorkplan,
    notifications: ptNotifications,
  },
} satisfies Record<AppLanguage, Record<string, unknown>>;
