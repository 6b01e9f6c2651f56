const roots = new Map<string, WeakMap<object, object>>();

/**
 * The root value `{ [field]: event }` a subscription yields, the same object for every subscriber
 * that receives the same event object: graphql-ws then executes it once per document and variables
 * and shares the result (graphql/shared-subscription-execution.ts). Ids and kinds only.
 */
export function sharedRoot<F extends string, E extends object>(field: F, event: E): { [K in F]: E } {
  let byEvent = roots.get(field);
  if (!byEvent) roots.set(field, (byEvent = new WeakMap()));
  let root = byEvent.get(event);
  if (!root) byEvent.set(event, (root = { [field]: event }));
  return root as { [K in F]: E };
}
