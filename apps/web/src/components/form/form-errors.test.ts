import { describe, expect, it } from 'vitest';
import { formErrors, hasConflict } from './form-errors.ts';

describe('formErrors', () => {
  const fields = ['team', 'placeIds', 'endDate'] as const;

  it('attaches nested input errors to the top-level control', () => {
    const sorted = formErrors([{ field: ['input', 'team', '1', 'userId'], code: 'INVALID' }], fields);
    expect(sorted.byField).toEqual({ team: 'userErrors.INVALID' });
  });

  it('keeps errors outside the form fields for the whole form', () => {
    const sorted = formErrors(
      [
        { field: ['input', 'classification'], code: 'FORBIDDEN_CHANGE' },
        { field: [], code: 'NOT_FOUND' },
      ],
      fields,
    );
    expect(sorted.byField).toEqual({});
    expect(sorted.general).toEqual(['userErrors.FORBIDDEN_CHANGE', 'userErrors.NOT_FOUND']);
  });

  it('reports a failure even when the payload named no error', () => {
    expect(formErrors([], fields).general).toEqual(['userErrors.UNKNOWN']);
  });

  it('recognises a version conflict', () => {
    expect(hasConflict([{ field: ['input', 'expectedVersion'], code: 'CONFLICT' }])).toBe(true);
    expect(hasConflict([{ field: ['input', 'title'], code: 'INVALID' }])).toBe(false);
  });
});
