import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { actorFor, organisationFor, organisationMatrix } from '../test/policy-matrix.ts';
import { can, emailDomain, ssoAdmission } from './index.ts';
import type { SsoAdmissionFacts } from './index.ts';

describe('policy matrix: single sign-on configuration', () => {
  const cells = organisationMatrix((_kind, role, relation) => relation === 'own organisation' && role === 'ADMIN');

  it.each(cells)('organisation:configureSso by a %s %s on the %s → %s', (kind, role, relation, allowed) => {
    const organisationId = organisationFor(relation);
    expect(can(actorFor(kind, role, relation), 'organisation:configureSso', { organisationId })).toBe(allowed);
  });

  it('an ADMIN of another organisation who is also a VIEWER here cannot configure it', () => {
    const actor: Actor = {
      userId: 'u',
      sessionId: 's',
      memberships: [
        { organisationId: 'elsewhere', organisationKind: 'CSO', countryCode: 'CV', role: 'ADMIN' },
        { organisationId: 'own', organisationKind: 'NPM', countryCode: 'CV', role: 'VIEWER' },
      ],
      workingGroups: [],
    };
    expect(can(actor, 'organisation:configureSso', { organisationId: 'own' })).toBe(false);
  });
});

describe('single sign-on admission (just-in-time membership)', () => {
  const base: SsoAdmissionFacts = {
    email: 'ana@npm.example',
    emailVerified: true,
    allowedDomains: ['npm.example'],
    account: null,
  };
  type Account = SsoAdmissionFacts['account'];
  const accounts: [string, Account][] = [
    ['no account yet', null],
    ['an account without organisation', { memberOfOrganisation: false, otherMemberships: 0 }],
    ['a member of this organisation', { memberOfOrganisation: true, otherMemberships: 0 }],
    ['a member of this and another organisation', { memberOfOrganisation: true, otherMemberships: 1 }],
    ['a member of another organisation only', { memberOfOrganisation: false, otherMemberships: 2 }],
  ];
  const cells: [string, boolean, boolean, string, string][] = [];
  for (const verified of [true, false])
    for (const allowedDomain of [true, false])
      for (const [label, account] of accounts) {
        const expected = !verified
          ? 'REFUSED EMAIL_NOT_VERIFIED'
          : !allowedDomain
            ? 'REFUSED DOMAIN_NOT_ALLOWED'
            : account === null || (!account.memberOfOrganisation && account.otherMemberships === 0)
              ? 'JOIN'
              : account.memberOfOrganisation
                ? 'SIGN_IN'
                : 'REFUSED ACCOUNT_IN_ANOTHER_ORGANISATION';
        cells.push([label, verified, allowedDomain, JSON.stringify(account), expected]);
      }

  it.each(cells)('%s, e-mail verified %s, domain allowed %s (%s) → %s', (_, verified, allowedDomain, account, want) => {
    const admission = ssoAdmission({
      ...base,
      email: allowedDomain ? 'ana@npm.example' : 'ana@elsewhere.example',
      emailVerified: verified,
      account: JSON.parse(account) as Account,
    });
    expect(admission.outcome === 'REFUSED' ? `REFUSED ${admission.reason}` : admission.outcome).toBe(want);
  });

  it('matches domains exactly and without case: a subdomain or a look-alike suffix is another domain', () => {
    const outcome = (email: string) => ssoAdmission({ ...base, email }).outcome;
    expect(outcome('Ana@NPM.Example')).toBe('JOIN');
    expect(outcome('ana@mail.npm.example')).toBe('REFUSED');
    expect(outcome('ana@evilnpm.example')).toBe('REFUSED');
    expect(outcome('ana@npm.example.evil')).toBe('REFUSED');
    expect(outcome('ana')).toBe('REFUSED');
  });

  it('takes the domain after the last @', () => {
    expect(emailDomain('"a@b"@npm.example')).toBe('npm.example');
    expect(emailDomain('no-at-sign')).toBe('');
  });
});
