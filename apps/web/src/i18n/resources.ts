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
import enDashboard from './en.dashboard.json';
import esWorkplan from './es.workplan.json';
import esDashboard from './es.dashboard.json';
import frWorkplan from './fr.workplan.json';
import frDashboard from './fr.dashboard.json';
import ptWorkplan from './pt.workplan.json';
import ptDashboard from './pt.dashboard.json';
import type { AppLanguage } from './language.ts';

/**
 * Every language's texts, one namespace per feature area. Spanish is the reference: the resources
 * test compares every other language's keys (plural forms included) and interpolation variables with it.
 */
export const RESOURCES = {
  es: { translation: es, monitoring: esMonitoring, tracker: esTracker, workplan: esWorkplan, dashboard: esDashboard },
  en: { translation: en, monitoring: enMonitoring, tracker: enTracker, workplan: enWorkplan, dashboard: enDashboard },
  fr: { translation: fr, monitoring: frMonitoring, tracker: frTracker, workplan: frWorkplan, dashboard: frDashboard },
  pt: { translation: pt, monitoring: ptMonitoring, tracker: ptTracker, workplan: ptWorkplan, dashboard: ptDashboard },
} satisfies Record<AppLanguage, Record<string, unknown>>;

/** Where a text missing in a language is taken from: French readers in the francophone NPMs read English more often than Spanish; Portuguese readers read Spanish. */
export const FALLBACKS = { fr: ['en', 'es'], pt: ['es', 'en'], en: ['es'], default: ['es'] };
