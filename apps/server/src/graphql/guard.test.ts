import { describe, expect, it } from 'vitest';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { AppError } from '../errors.ts';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from './schema.ts';
import { guarded, guardKindOf, publicField } from './guard.ts';
import type { GuardKind } from './guard.ts';

/** The reviewed list of root fields that signed-out visitors may call. Adding one is a conscious edit. */
// Query.place(s): the public register of places (PUBLIC records only for signed-out visitors).
// Two-factor steps (decision 0025): a session held at the second step or the enrolment has no actor;
// each of these checks the session's stage itself and reveals nothing about records.
const REVIEWED_PUBLIC_FIELDS = [
  'Mutation.confirmTwoFactorEnrolment',
  'Mutation.signIn',
  // The invited person has no session yet: the single-use token from their e-mail is the credential.
  'Mutation.acceptInvitation',
  'Mutation.signOut',
  // An organisation not on the platform asks to join (decision 0029): throttled, stores a row, reads nothing.
  'Mutation.requestToJoin',
  'Mutation.startTwoFactorEnrolment',
  'Mutation.verifySecondFactor',
  // The second step with a passkey (decision 0037): a held session has no actor; both check its stage.
  'Mutation.startPasskeySecondFactor',
  'Mutation.verifyPasskeySecondFactor',
  'Query.health',
  'Query.me',
  'Query.place',
  'Query.places',
  'Query.twoFactorStatus',
  // The sign-in page lists organisations that offer single sign-on: names and slugs only (decision 0028).
  'Query.ssoProviders',
];

interface RootField {
  name: string;
  /** The function that decides access: `resolve` for queries and mutations, `subscribe` for subscriptions. */
  entry: unknown;
  kind: GuardKind | undefined;
}

function rootFields(schema: GraphQLSchema): RootField[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((type) => {
    if (!type) return [];
    const subscription = type === schema.getSubscriptionType();
    return Object.values(type.getFields()).map((field) => {
      const entry = subscription ? field.subscribe : field.resolve;
      return { name: `${type.name}.${field.name}`, entry, kind: guardKindOf(entry) };
    });
  });
}

function unmarked(schema: GraphQLSchema): string[] {
  return rootFields(schema)
    .filter((f) => f.kind === undefined)
    .map((f) => f.name);
}

describe('every root field is guarded or deliberately public', () => {
  const schema = buildSchema();
  const fields = rootFields(schema);

  it('finds the root fields of Query, Mutation and Subscription', () => {
    const names = fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Query.me', 'Mutation.addMember', 'Subscription.membershipChanged']));
  });

  it('no root field lacks a guarded/publicField mark (for subscriptions, on `subscribe`)', () => {
    expect(unmarked(schema)).toEqual([]);
  });

  it('the public root fields are exactly the reviewed list', () => {
    const publicFields = fields.filter((f) => f.kind === 'public').map((f) => f.name);
    expect(publicFields.sort()).toEqual([...REVIEWED_PUBLIC_FIELDS].sort());
  });

  it('every guarded root field refuses a signed-out caller with UNAUTHENTICATED before doing anything', () => {
    const guardedFields = fields.filter((f) => f.kind === 'guarded');
    expect(guardedFields.length).toBeGreaterThan(0);
    for (const field of guardedFields) {
      if (typeof field.entry !== 'function') throw new Error(`${field.name} has no function`);
      // A context with nothing but `actor: null`: any use of services or the database would throw a TypeError.
      const call = () => (field.entry as (...args: unknown[]) => unknown)(undefined, {}, { actor: null }, undefined);
      expect(call, field.name).toThrow(AppError);
      try {
        call();
      } catch (error) {
        expect((error as AppError).code, field.name).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('the walk itself notices an unmarked resolver and an unmarked subscribe', () => {
    const probe = makeExecutableSchema({
      typeDefs: /* GraphQL */ `
        type Query {
          open: String
          safe: String
          hello: String
        }
        type Subscription {
          ticks: Int
        }
      `,
      resolvers: {
        // As `{ resolve }`, like buildSchema() passes root resolvers, so graphql-tools keeps the functions.
        Query: {
          open: { resolve: () => 'x' },
          safe: { resolve: guarded(() => 'x') },
          hello: { resolve: publicField(() => 'x') },
        },
        Subscription: { ticks: { subscribe: () => undefined, resolve: guarded(() => 1) } },
      },
    });
    expect(unmarked(probe)).toEqual(['Query.open', 'Subscription.ticks']);
  });
});
