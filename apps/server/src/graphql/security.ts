import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { ValidationRule } from 'graphql';
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

/** The extra validation rules, given to Apollo and to graphql-ws alike. */
export function validationRules(production: boolean): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({ n: LIMITS.maxDepth, exposeLimits: false, ignoreIntrospection: false }) as ValidationRule,
    maxAliasesRule({ n: LIMITS.maxAliases, exposeLimits: false }) as ValidationRule,
    costLimitRule({ maxCost: LIMITS.maxCost, exposeLimits: false, ignoreIntrospection: false }) as ValidationRule,
  ];
  if (production) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
