import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACKS } from './fallbacks.ts';
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

/**
 * Each language's namespace files as separate chunks (`es.json` is the `translation` namespace,
 * `es.<ns>.json` the others): a reader downloads only their language (and its fallbacks), not all four.
 */
const files = import.meta.glob<{ default: ResourceKey }>(['./*.json']);

function fileOf(language: string, namespace: string): string {
  return namespace === 'translation' ? `./${language}.json` : `./${language}.${namespace}.json`;
}

/** Every namespace, from the Spanish files (the reference language has them all). */
const NAMESPACES = Object.keys(files)
  .map((path) => /^\.\/es(?:\.([\w-]+))?\.json$/.exec(path))
  .filter((match) => match !== null)
  .map((match) => match[1] ?? 'translation');

const lazyFiles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load = files[fileOf(language, namespace)];
    if (!load) return callback(null, {});
    load().then(
      (file) => callback(null, file.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Starts i18next; resolves once the interface language's texts are loaded (render after it). */
export async function setupI18n(): Promise<typeof i18n> {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18n
    .use(lazyFiles)
    .use(initReactI18next)
    .init({
      // One namespace per feature area, so that areas can grow without touching each other's files.
      // The sign-in page needs only the common texts; the signed-in shell loads the rest (loadEveryNamespace).
      ns: ['translation'],
      defaultNS: 'translation',
      lng: detectInitialLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]),
      fallbackLng: FALLBACKS,
      supportedLngs: [...APP_LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
      // Texts are loaded before the first render (main.tsx awaits this), so no component suspends.
      react: { useSuspense: false },
    });
  return i18n;
}

/** Loads every feature area's texts in the current language (and its fallbacks); the router awaits it before a signed-in page. */
export async function loadEveryNamespace(): Promise<void> {
  await i18n.loadNamespaces(NAMESPACES);
}

/** Switches the interface language and remembers it in this browser. */
export async function changeAppLanguage(language: AppLanguage): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}
