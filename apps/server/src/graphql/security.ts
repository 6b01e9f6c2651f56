import { getNamedType, GraphQLError, isIntrospectionType } from 'graphql';
import type { ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';

/** Limits that apply identically to /graphql over HTTP and over WebSocket. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  /**
   * Tokens in one document. The largest document the web app sends has ~300; 3,000 keeps every
   * document shallow enough that graphql-js's own recursive rules (NoFragmentCycles overflows the
   * stack at a few thousand chained fragments) and graphql-armor's cannot throw instead of refusing.
   */
  maxTokens: 3000,
  /** Largest HTTP body or WebSocket message accepted on /graphql. */
  maxGraphqlPayloadBytes: 256 * 1024,
} as const;

/** How both transports parse a document. */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: LIMITS.maxTokens };

export const INTROSPECTION_DISABLED = 'Introspection is disabled';

/**
 * Refuses `__schema` and `__type` once per document, in words that name neither the server software
 * nor the option that would allow it (unlike Apollo's and graphql-js's own rules).
 */
const noIntrospectionRule: ValidationRule = (context) => {
  let reported = false;
  return {
    Field(node) {
      const type = context.getType();
      if (reported || !type || !isIntrospectionType(getNamedType(type))) return;
      reported = true;
      context.reportError(new GraphQLError(INTROSPECTION_DISABLED, { nodes: node }));
    },
  };
};

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
  if (production) rules.push(noIntrospectionRule);
  return rules;
}
