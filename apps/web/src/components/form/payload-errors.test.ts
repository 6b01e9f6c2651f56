import { describe, expect, it } from 'vitest';
import { formPathOf, hasConflict, payloadErrors } from './payload-errors.ts';

const values = {
  title: '',
  team: [{ userId: 'u1', expertise: 'LAWYER' }],
  interviewees: [{ pseudonym: 'A' }],
};

describe('formPathOf', () => {
  it('drops the input argument and lands on the field the form edits', () => {
    expect(formPathOf(['input', 'title'], values)).toBe('title');
  });

  it('follows a path into a list item when the form edits that item', () => {
    expect(formPathOf(['input', 'interviewees', '0', 'pseudonym'], values)).toBe('interviewees.0.pseudonym');
  });

  it('falls back to the closest control the form has', () => {
    expect(formPathOf(['input', 'team', '3', 'userId'], values)).toBe('team');
  });

  it('keeps to the paths a form shows errors on, when it names them', () => {
    expect(formPathOf(['input', 'interviewees', '0', 'pseudonym'], values, {}, ['title', 'interviewees'])).toBe(
      'interviewees',
    );
  });

  it('renames server fields the form calls differently', () => {
    expect(formPathOf(['input', 'heading'], values, { heading: 'title' })).toBe('title');
  });

  it('answers null for fields the form does not show', () => {
    expect(formPathOf(['input', 'ownerOrganisationId'], values)).toBeNull();
    expect(formPathOf([], values)).toBeNull();
  });
});

describe('payloadErrors', () => {
  it('puts the first error per field next to it and the rest above the form, once each', () => {
    const sorted = payloadErrors(
      [
        { field: ['input', 'title'], code: 'INVALID' },
        { field: ['input', 'title'], code: 'CONFLICT' },
        { field: ['input', 'workingGroupId'], code: 'NOT_FOUND' },
        { field: ['input', 'ownerOrganisationId'], code: 'NOT_FOUND' },
      ],
      values,
    );
    expect(sorted.byPath).toEqual({ title: { key: 'userErrors.INVALID', code: 'INVALID' } });
    expect(sorted.general).toEqual(['userErrors.NOT_FOUND']);
  });

  it('gives codes this client does not know a generic message', () => {
    expect(payloadErrors([{ field: ['input', 'title'], code: 'BRAND_NEW' }], values).byPath).toEqual({
      title: { key: 'userErrors.UNKNOWN', code: 'BRAND_NEW' },
    });
  });

  it('keeps every error general when the form has no values to match, as sign-in wants', () => {
    const sorted = payloadErrors([{ field: ['input', 'email'], code: 'INVALID_CREDENTIALS' }], {});
    expect(sorted).toEqual({ byPath: {}, general: ['userErrors.INVALID_CREDENTIALS'] });
  });

  it('says the action failed when a payload has neither a record nor errors', () => {
    expect(payloadErrors([], values).general).toEqual(['userErrors.UNKNOWN']);
  });
});

describe('hasConflict', () => {
  it('spots a version conflict among other errors', () => {
    expect(
      hasConflict([
        { field: ['input', 'title'], code: 'INVALID' },
        { field: [], code: 'CONFLICT' },
      ]),
    ).toBe(true);
    expect(hasConflict([{ field: ['input', 'title'], code: 'INVALID' }])).toBe(false);
  });
});
