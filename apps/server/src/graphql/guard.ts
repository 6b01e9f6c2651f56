import type { Actor } from '@opcat/domain';
import { unauthenticated } from '../errors.ts';
import type { GraphQLContext } from './context.ts';

/** Marks a root resolver as checked; the schema-walk test refuses root fields without a mark. */
export const GUARD_MARK = Symbol('opcat.guard');
export type GuardKind = 'guarded' | 'public';

type Marked<F> = F & { [GUARD_MARK]: GuardKind };
export type SignedInContext = GraphQLContext & { actor: Actor };

/**
 * A root field for signed-in people only: refuses with UNAUTHENTICATED otherwise. What the
 * person may see is then decided by the policy module inside the command or query it calls.
 */
export function guarded<P, A, R>(
  fn: (parent: P, args: A, ctx: SignedInContext) => R,
): Marked<(parent: P, args: A, ctx: GraphQLContext) => R> {
  const wrapped = (parent: P, args: A, ctx: GraphQLContext): R => {
    if (!ctx.actor) throw unauthenticated();
    return fn(parent, args, ctx as SignedInContext);
  };
  return Object.assign(wrapped, { [GUARD_MARK]: 'guarded' as const });
}

/** A root field that signed-out visitors may call on purpose (sign-in, health, `me`). */
export function publicField<P, A, R>(
  fn: (parent: P, args: A, ctx: GraphQLContext) => R,
): Marked<(parent: P, args: A, ctx: GraphQLContext) => R> {
  return Object.assign((parent: P, args: A, ctx: GraphQLContext) => fn(parent, args, ctx), {
    [GUARD_MARK]: 'public' as const,
  });
}

export function guardKindOf(fn: unknown): GuardKind | undefined {
  return typeof fn === 'function' ? (fn as Partial<Marked<() => void>>)[GUARD_MARK] : undefined;
}
