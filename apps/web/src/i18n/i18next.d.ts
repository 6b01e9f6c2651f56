import 'i18next';
import type es from './es.json';
import type esMonitoring from './es.monitoring.json';
import type esTracker from './es.tracker.json';
import type esWorkplan from './es.workplan.json';
import type esDashboard from './es.dashboard.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof es;
      monitoring: typeof esMonitoring;
      tracker: typeof esTracker;
      workplan: typeof esWorkplan;
      dashboard: typeof esDashboard;
    };
  }
}
