import { describe, expect, it } from 'vitest';
import { sortUserErrors, userErrorMessageKey } from './user-errors.ts';

describe('userErrorMessageKey', () => {
  it('maps each known code to its translation key', () => {
    expect(userErrorMessageKey('INVALID_CREDENTIALS')).toBe('userErrors.INVALID_CREDENTIALS');
    expect(userErrorMessageKey('RATE_LIMITED')).toBe('userErrors.RATE_LIMITED');
    expect(userErrorMessageKey('LAST_ADMIN')).toBe('userErrors.LAST_ADMIN');
  });

  it('falls back to a generic text for a code added to the API later', () => {
    expect(userErrorMessageKey('SOMETHING_NEW')).toBe('userErrors.UNKNOWN');
  });
});

describe('sortUserErrors', () => {
  const fields = ['email', 'displayName'] as const;

  it('attaches an error to the form field its path ends with', () => {
    const sorted = sortUserErrors([{ field: ['input', 'email'], code: 'INVALID' }], fields);
    expect(sorted.byField).toEqual({ email: 'userErrors.INVALID' });
    expect(sorted.general).toEqual([]);
  });

  it('keeps errors without a matching field for the whole form, once each', () => {
    const sorted = sortUserErrors(
      [
        { field: [], code: 'ALREADY_MEMBER' },
        { field: ['input', 'organisationId'], code: 'ALREADY_MEMBER' },
        { field: ['input'], code: 'RATE_LIMITED' },
      ],
      fields,
    );
    expect(sorted.byField).toEqual({});
    expect(sorted.general).toEqual(['userErrors.ALREADY_MEMBER', 'userErrors.RATE_LIMITED']);
  });

  it('shows the first error when a field has several', () => {
    const sorted = sortUserErrors(
      [
        { field: ['input', 'email'], code: 'INVALID' },
        { field: ['input', 'email'], code: 'ALREADY_MEMBER' },
      ],
      fields,
    );
    expect(sorted.byField.email).toBe('userErrors.INVALID');
  });
});
