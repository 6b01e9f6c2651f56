import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACKS, RESOURCES } from './resources.ts';
import { APP_LANGUAGES, detectInitialLanguage, LANGUAGE_STORAGE_KEY, type AppLanguage } from './language.ts';

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
    resources: RESOURCES,
    lng: detectInitialLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]),
    fallbackLng: FALLBACKS,
    supportedLngs: [...APP_LANGUAGES],
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
