import { describe, expect, it } from 'vitest';
import { redirectAfterSignIn } from './redirect.ts';

describe('redirectAfterSignIn', () => {
  it('returns to the page the visitor was sent away from', () => {
    expect(redirectAfterSignIn({ from: { pathname: '/working-groups/42', search: '?tab=1', hash: '#m' } })).toBe(
      '/working-groups/42?tab=1#m',
    );
  });

  it('goes home without a remembered page', () => {
    expect(redirectAfterSignIn(null)).toBe('/');
    expect(redirectAfterSignIn({})).toBe('/');
    expect(redirectAfterSignIn({ from: 'nope' })).toBe('/');
  });

  it('never leaves the site or loops back to the sign-in page', () => {
    expect(redirectAfterSignIn({ from: { pathname: '//evil.example' } })).toBe('/');
    expect(redirectAfterSignIn({ from: { pathname: '/\\evil.example' } })).toBe('/');
    expect(redirectAfterSignIn({ from: { pathname: 'https://evil.example' } })).toBe('/');
    expect(redirectAfterSignIn({ from: { pathname: '/signin' } })).toBe('/');
  });
});
