import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import {
  all,
  email,
  localDate,
  maxLength,
  notAfter,
  notBefore,
  required,
  validateAll,
  type ValidationKey,
} from './validation.ts';

describe('rules', () => {
  it('treats blank text, empty lists and nothing as missing', () => {
    for (const blank of ['', '   ', null, undefined, []])
      expect(required(blank, {})).toEqual({ key: 'forms.required' });
    for (const present of ['x', ['a'], 0, false]) expect(required(present, {})).toBeNull();
  });

  it('rejects impossible calendar dates but lets an empty optional date through', () => {
    expect(localDate('2026-02-30', {})).toEqual({ key: 'forms.invalidDate' });
    expect(localDate('2026-02-28', {})).toBeNull();
    expect(localDate('', {})).toBeNull();
  });

  it('compares a date with a fixed bound or with another field', () => {
    const endAfterStart = notBefore((values: { startDate: string }) => values.startDate);
    expect(endAfterStart('2026-03-01', { startDate: '2026-03-02' })).toEqual({
      key: 'forms.dateNotBefore',
      values: { date: '2026-03-02' },
    });
    expect(endAfterStart('2026-03-02', { startDate: '2026-03-02' })).toBeNull();
    expect(endAfterStart('2026-03-01', { startDate: '' })).toBeNull();
    expect(notAfter('2026-12-05')('2026-12-06', {})).toEqual({
      key: 'forms.dateNotAfter',
      values: { date: '2026-12-05' },
    });
  });

  it('checks e-mail shape and length only when there is a value', () => {
    expect(email('ana@example.org', {})).toBeNull();
    expect(email('ana@', {})).toEqual({ key: 'forms.email' });
    expect(maxLength(3)('abcd', {})).toEqual({ key: 'forms.tooLong', values: { max: 3 } });
  });

  it('answers with the first complaint of a field, so one message shows at a time', () => {
    const rule = all(required, localDate);
    expect(rule('', {})).toEqual({ key: 'forms.required' });
    expect(rule('2026-13-01', {})).toEqual({ key: 'forms.invalidDate' });
  });

  it('collects the complaints of a whole form by field', () => {
    const values = { title: '', startDate: '2026-03-01', endDate: '2026-02-01' };
    const errors = validateAll<typeof values>({ title: required, endDate: notBefore((v) => v.startDate) }, values);
    expect(Object.keys(errors)).toEqual(['title', 'endDate']);
  });
});

describe('validation messages', () => {
  const keys: readonly ValidationKey[] = [
    'forms.required',
    'forms.invalidDate',
    'forms.dateNotBefore',
    'forms.dateNotAfter',
    'forms.email',
    'forms.tooLong',
  ];

  it.each([
    ['es', es],
    ['en', en],
  ])('exist in %s, with the placeholders the rules fill in', (_language, resources) => {
    const forms: Record<string, string> = resources.forms;
    for (const key of keys) {
      const text = forms[key.replace('forms.', '')];
      expect(text, key).toBeTruthy();
      if (key === 'forms.dateNotBefore' || key === 'forms.dateNotAfter') expect(text).toContain('{{date}}');
      if (key === 'forms.tooLong') expect(text).toContain('{{max}}');
    }
  });
});
