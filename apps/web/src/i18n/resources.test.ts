import { describe, expect, it } from 'vitest';
import { schemaEnumValues } from '../test/schema.ts';
import { APP_LANGUAGES } from './language.ts';
import { RESOURCES } from './resources.ts';

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

/** A language's texts, every namespace it ships, keys prefixed with the namespace. */
function texts(namespaces: Readonly<Record<string, unknown>>): Map<string, string> {
  const { translation, ...others } = namespaces;
  return flatten({ ...(translation as Tree), ...(others as Tree) });
}

const languages = Object.fromEntries(APP_LANGUAGES.map((language) => [language, texts(RESOURCES[language])]));
const spanish = languages.es!;
/** Namespaces each language ships. */
const shipped = (language: string) => new Set(Object.keys(RESOURCES[language as keyof typeof RESOURCES]));
const namespaceOf = (key: string) => {
  const first = key.split('.')[0]!;
  return first in RESOURCES.es && first !== 'translation' ? first : 'translation';
};
const others = APP_LANGUAGES.filter((language) => language !== 'es');

describe('translation resources', () => {
  it.each(others)('%s has every Spanish key (plural forms included) and no key Spanish lacks', (language) => {
    const own = languages[language]!;
    const expected = [...spanish.keys()].filter((key) => shipped(language).has(namespaceOf(key))).sort();
    expect([...own.keys()].sort()).toEqual(expected);
  });

  it.each(others)('%s ships every namespace Spanish has', (language) => {
    expect([...shipped(language)].sort()).toEqual([...shipped('es')].sort());
  });

  it.each(APP_LANGUAGES)('%s has no empty texts', (language) => {
    const empty = [...languages[language]!].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(others)('a %s text uses exactly the interpolation variables of its Spanish text', (language) => {
    const own = languages[language]!;
    const mismatched = [...own].filter(
      ([key, text]) => JSON.stringify(variables(text)) !== JSON.stringify(variables(spanish.get(key) ?? '')),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('the comparison catches a missing key, a missing plural form and a missing variable', () => {
    const reference = flatten({ a: { n_one: '{{count}} x', n_other: '{{count}} xs' }, b: 'hola {{name}}' });
    const broken = flatten({ a: { n_one: '{{count}} x' }, b: 'bonjour' });
    expect([...reference.keys()].filter((key) => !broken.has(key))).toEqual(['a.n_other']);
    expect(variables(broken.get('b')!)).not.toEqual(variables(reference.get('b')!));
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

  it('uses the names francophone and lusophone monitors know', () => {
    expect(languages.fr!.get('enums.OrganisationKind.NPM')).toBe('Mécanisme national de prévention');
    expect(languages.fr!.get('enums.OrganisationKindShort.NPM')).toBe('MNP');
    expect(languages.fr!.get('enums.OrganisationKind.SPT')).toBe('Sous-comité pour la prévention de la torture (SPT)');
    expect(languages.pt!.get('enums.OrganisationKind.NPM')).toBe('Mecanismo Nacional de Prevenção');
    expect(languages.pt!.get('enums.OrganisationKindShort.NPM')).toBe('MNP');
    expect(languages.pt!.get('signIn.password')).toBe('Senha');
  });

  it('uses the Spanish names Latin American monitors know', () => {
    expect(spanish.get('enums.OrganisationKind.NPM')).toBe('Mecanismo Nacional de Prevención');
    expect(spanish.get('signIn.email')).toBe('Correo electrónico');
    expect(spanish.get('signIn.password')).toBe('Contraseña');
    expect(spanish.get('signIn.submit')).toBe('Iniciar sesión');
    expect(languages.en!.get('signIn.email')).toBe('Email');
    expect(languages.en!.get('signIn.password')).toBe('Password');
    expect(languages.en!.get('signIn.submit')).toBe('Sign in');
  });
});
