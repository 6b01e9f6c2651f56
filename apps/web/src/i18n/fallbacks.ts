/** Where a text missing in a language is taken from: French readers in the francophone NPMs read English more often than Spanish; Portuguese readers read Spanish. */
export const FALLBACKS = { fr: ['en', 'es'], pt: ['es', 'en'], en: ['es'], default: ['es'] };
