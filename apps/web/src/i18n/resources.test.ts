import { describe, expect, it } from 'vitest';
import { schemaEnumValues } from '../test/schema.ts';
import en from './en.json';
import es from './es.json';
import enMonitoring from './en.monitoring.json';
import esMonitoring from './es.monitoring.json';
import enTracker from './en.tracker.json';
import esTracker from './es.tracker.json';
import enWorkplan from './en.workplan.json';
import esWorkplan from './es.workplan.json';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

/** Every namespace, keys prefixed with the namespace so all of them are compared. */
const languages = {
  es: flatten({ ...es, monitoring: esMonitoring, tracker: esTracker, workplan: esWorkplan } as Tree),
  en: flatten({ ...en, monitoring: enMonitoring, tracker: enTracker, workplan: enWorkplan } as Tree),
};

describe('translation resources', () => {
  it('Spanish and English have exactly the same keys', () => {
    expect([...languages.es.keys()].sort()).toEqual([...languages.en.keys()].sort());
  });

  it.each(Object.entries(languages))('%s has no empty texts', (_, texts) => {
    const empty = [...texts].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('a text uses the same interpolation variables in both languages', () => {
    const mismatched = [...languages.es].filter(
      ([key, text]) => JSON.stringify(variables(text)) !== JSON.stringify(variables(languages.en.get(key) ?? '')),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it.each([
    ['OrganisationKind', 'enums.OrganisationKind'],
    ['OrganisationKind', 'enums.OrganisationKindShort'],
    ['Role', 'enums.Role'],
    ['WorkingGroupKind', 'enums.WorkingGroupKind'],
    ['WorkingGroupRole', 'enums.WorkingGroupRole'],
    ['NpmModel', 'enums.NpmModel'],
    ['UserErrorCode', 'userErrors'],
  ])('every %s value of the schema has a text under %s', (enumName, prefix) => {
    for (const texts of Object.values(languages)) {
      const missing = schemaEnumValues(enumName).filter((value) => !texts.has(`${prefix}.${value}`));
      expect(missing).toEqual([]);
    }
  });

  it('uses the Spanish names Latin American monitors know', () => {
    expect(languages.es.get('enums.OrganisationKind.NPM')).toBe('Mecanismo Nacional de Prevención');
    expect(languages.es.get('signIn.email')).toBe('Correo electrónico');
    expect(languages.es.get('signIn.password')).toBe('Contraseña');
    expect(languages.es.get('signIn.submit')).toBe('Iniciar sesión');
    expect(languages.en.get('signIn.email')).toBe('Email');
    expect(languages.en.get('signIn.password')).toBe('Password');
    expect(languages.en.get('signIn.submit')).toBe('Sign in');
  });
});
