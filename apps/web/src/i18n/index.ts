import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import es from './es.json';
import enMonitoring from './en.monitoring.json';
import esMonitoring from './es.monitoring.json';
import enTracker from './en.tracker.json';
import esTracker from './es.tracker.json';
import enWorkplan from './en.workplan.json';
import esWorkplan from './es.workplan.json';
import { detectInitialLanguage, LANGUAGE_STORAGE_KEY, type AppLanguage } from './language.ts';

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be unavailable (privacy mode); the browser language is then enough.
    return null;
  }
}

function storeLanguage(language: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisting the choice is acceptable.
  }
}

export function setupI18n(): typeof i18n {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18n.use(initReactI18next).init({
    // One namespace per feature area, so that areas can grow without touching each other's files.
    resources: {
      es: { translation: es, monitoring: esMonitoring, tracker: esTracker, workplan: esWorkplan },
      en: { translation: en, monitoring: enMonitoring, tracker: enTracker, workplan: enWorkplan },
    },
    lng: detectInitialLanguage(readStoredLanguage(), navigator.language),
    fallbackLng: 'en',
    supportedLngs: ['es', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}

/** Switches the interface language and remembers it in this browser. */
export async function changeAppLanguage(language: AppLanguage): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}
