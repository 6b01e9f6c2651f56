import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';

/** Limits that apply identically to /graphql over HTTP and over WebSocket. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  /** Largest HTTP body or WebSocket message accepted on /graphql. */
  maxGraphqlPayloadBytes: 256 * 1024,
} as const;

/**
 * graphql-armor throws by default; a thrown rule is an internal error to Apollo (500) and closes the
 * whole graphql-ws socket. Reported like graphql-js's own rules, it is a plain validation failure.
 */
const reportRejection = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** The extra validation rules, given to Apollo and to graphql-ws alike. */
export function validationRules(production: boolean): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: LIMITS.maxDepth,
      exposeLimits: false,
      ignoreIntrospection: false,
      ...reportRejection,
    }) as ValidationRule,
    maxAliasesRule({ n: LIMITS.maxAliases, exposeLimits: false, ...reportRejection }) as ValidationRule,
    costLimitRule({
      maxCost: LIMITS.maxCost,
      exposeLimits: false,
      ignoreIntrospection: false,
      ...reportRejection,
    }) as ValidationRule,
  ];
  if (production) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
