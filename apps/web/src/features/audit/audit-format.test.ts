import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, chainBreakKind, compactDetails, subjectPath } from './audit-format.ts';

describe('compactDetails', () => {
  it('writes an object as key: value pairs on one line', () => {
    expect(compactDetails({ role: 'EDITOR', changed: ['status'] })).toBe('role: "EDITOR", changed: ["status"]');
  });

  it('shows nothing for entries without details', () => {
    expect(compactDetails(null)).toBe('');
    expect(compactDetails({})).toBe('');
  });

  it('shortens long details', () => {
    const text = compactDetails({ ids: Array.from({ length: 50 }, (_, i) => `id-${i}`) }, 40);
    expect(text).toHaveLength(40);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('subjectPath', () => {
  it('links records and reprisal incidents to their pages', () => {
    expect(subjectPath('RECOMMENDATION', 'r1')).toBe('/recommendations/r1');
    expect(subjectPath('FINDING', 'f1')).toBe('/findings/f1');
    expect(subjectPath('reprisal', 'x')).toBe('/reprisals/x');
  });

  it('does not link sessions, memberships or entries without a subject', () => {
    expect(subjectPath('session', 's1')).toBeNull();
    expect(subjectPath('membership', 'm1')).toBeNull();
    expect(subjectPath(null, null)).toBeNull();
  });
});

describe('chainBreakKind', () => {
  it("recognises the verifier's reasons", () => {
    expect(chainBreakKind('entry 12 is missing')).toBe('missing');
    expect(chainBreakKind('its previous-hash link does not match the entry before it')).toBe('link');
    expect(chainBreakKind('its content does not match its hash (altered)')).toBe('altered');
    expect(chainBreakKind('something new')).toBe('other');
  });
});

describe('AUDIT_ACTIONS', () => {
  it('lists exactly the actions the server records', () => {
    const source = readFileSync(
      new URL('../../../../server/src/modules/audit/append-audit.ts', import.meta.url),
      'utf8',
    );
    const union = /export type AuditAction =([^;]+);/.exec(source)?.[1] ?? '';
    const recorded = [...union.matchAll(/'([^']+)'/g)].map((match) => match[1]);
    expect([...AUDIT_ACTIONS].sort()).toEqual(recorded.sort());
  });
});
