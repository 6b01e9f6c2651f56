import type { Actor } from './actor.ts';
import { membershipIn } from './actor.ts';

/**
 * Single sign-on with OpenID Connect (decision 0028): who configures an organisation's connection,
 * and whom a sign-in through it admits. Pure rules; the server loads the facts.
 */

/** Configure an organisation's single sign-on (issuer, client, allowed domains, role of new members): its ADMINs. */
export function canConfigureSso(actor: Actor | null, organisationId: string): boolean {
  return actor !== null && membershipIn(actor, organisationId)?.role === 'ADMIN';
}

/** Why a sign-in through an organisation's identity provider is refused. */
export type SsoRefusal = 'EMAIL_NOT_VERIFIED' | 'DOMAIN_NOT_ALLOWED' | 'ACCOUNT_IN_ANOTHER_ORGANISATION';

/** What a sign-in through an organisation's identity provider does. */
export type SsoAdmission =
  /** An account that is already a member of the organisation signs in. */
  | { outcome: 'SIGN_IN' }
  /** A new account (or one that belongs to no organisation) joins the organisation with the configured role. */
  | { outcome: 'JOIN' }
  | { outcome: 'REFUSED'; reason: SsoRefusal };

export interface SsoAdmissionFacts {
  /** The e-mail the identity provider asserted. */
  email: string;
  /** `email_verified` exactly `true` in the provider's claims (absent counts as not verified). */
  emailVerified: boolean;
  /** The domains the organisation's admins allowed (lower case, exact: a subdomain is listed on its own). */
  allowedDomains: readonly string[];
  /** The account with that e-mail, or null when there is none yet. */
  account: null | {
    memberOfOrganisation: boolean;
    /** Organisations other than this one the account belongs to. */
    otherMemberships: number;
  };
}

/** The domain of an e-mail address, lower case ('' when it has none). */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/**
 * An organisation's identity provider speaks for the organisation's own people only:
 * - the e-mail must be verified by the provider and belong to a domain the organisation's admins allowed;
 * - an existing account that is a member signs in (linked by e-mail);
 * - an account that does not exist yet, or belongs to no organisation, joins (just-in-time);
 * - an existing account that belongs to other organisations and not this one is refused: otherwise
 *   an admin could list a domain that is not theirs and, through an identity provider they control,
 *   sign in as someone of another organisation and read that organisation's records.
 */
export function ssoAdmission(facts: SsoAdmissionFacts): SsoAdmission {
  if (!facts.emailVerified) return { outcome: 'REFUSED', reason: 'EMAIL_NOT_VERIFIED' };
  const domain = emailDomain(facts.email);
  if (!domain || !facts.allowedDomains.includes(domain)) return { outcome: 'REFUSED', reason: 'DOMAIN_NOT_ALLOWED' };
  if (!facts.account) return { outcome: 'JOIN' };
  if (facts.account.memberOfOrganisation) return { outcome: 'SIGN_IN' };
  if (facts.account.otherMemberships > 0) return { outcome: 'REFUSED', reason: 'ACCOUNT_IN_ANOTHER_ORGANISATION' };
  return { outcome: 'JOIN' };
}
