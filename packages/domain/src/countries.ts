/**
 * The demo world's countries (apps/server/src/db/demo-world.ts). Their codes are ISO 3166-1
 * user-assigned code elements, which no real State will ever be given, so they cannot be mistaken
 * for one; the platform's language data cannot name them, so they are named here.
 */
export const DEMO_COUNTRY_NAMES: Readonly<Record<string, string>> = { XV: 'Costa Verde', XS: 'Sierra Alta' };

const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * A country's name in a language, from an ISO 3166-1 alpha-2 code: the demo world's by name, any
 * other from the runtime's language data (Intl.DisplayNames); the code itself when neither knows it.
 */
export function countryName(code: string, language: string): string {
  const upper = code.trim().toUpperCase();
  const demo = DEMO_COUNTRY_NAMES[upper];
  if (demo) return demo;
  if (!displayNames.has(language)) {
    try {
      displayNames.set(language, new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }));
    } catch {
      displayNames.set(language, null);
    }
  }
  try {
    return displayNames.get(language)?.of(upper) ?? code;
  } catch {
    return code;
  }
}
