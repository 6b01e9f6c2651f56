import { createSourceEventStream, execute, getNamedType, getOperationAST, isLeafType, isObjectType } from 'graphql';
import type { ExecutionArgs, ExecutionResult, GraphQLNamedType, GraphQLSchema } from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * Whether what a field returns depends on nothing but its parent value: every field below it is
 * resolved by the default resolver (no `resolve` function that could read the context, i.e. the
 * viewer), down to scalars and enums. Interfaces and unions (a `resolveType`) are not.
 */
function contextFree(type: GraphQLNamedType, seen = new Set<GraphQLNamedType>()): boolean {
  if (isLeafType(type)) return true;
  if (!isObjectType(type)) return false;
  if (seen.has(type)) return true;
  seen.add(type);
  if (type.isTypeOf) return false;
  return Object.values(type.getFields()).every((f) => !f.resolve && contextFree(getNamedType(f.type), seen));
}

/** Root subscription fields whose events carry ids and kinds only, resolved without the viewer. */
export function contextFreeSubscriptionFields(schema: GraphQLSchema): Set<string> {
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  return new Set(
    Object.values(fields)
      .filter((f) => !f.resolve && contextFree(getNamedType(f.type)))
      .map((f) => f.name),
  );
}

/** The key under which subscribers share one execution of an event, or null when they may not. */
function sharingKey(args: ExecutionArgs, shareable: ReadonlySet<string>): string | null {
  const source = args.document.loc?.source.body;
  const operation = getOperationAST(args.document, args.operationName);
  if (!source || !operation) return null;
  for (const selection of operation.selectionSet.selections) {
    // Fragments at the root, or a field whose result could depend on the viewer: no sharing.
    if (selection.kind !== 'Field' || !shareable.has(selection.name.value)) return null;
  }
  return `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${source}`;
}

/**
 * graphql-ws's `subscribe`: graphql's own, except that an event delivered as the same object to many
 * subscribers of the same document and variables is executed once and its result shared (graphql-ws
 * then only adds each subscription's id while sending). Only for subscription fields whose payload is
 * resolved without the viewer (`contextFreeSubscriptionFields`): authorization happened before, in the
 * fan-out that chose who receives the event (decision 0036). Anything else executes per subscriber,
 * exactly as graphql's `subscribe` would.
 */
export function sharedSubscribe(schema: GraphQLSchema) {
  const shareable = contextFreeSubscriptionFields(schema);
  const results = new WeakMap<object, Map<string, Result>>();
  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    const key = sharingKey(args, shareable);
    const run = (payload: unknown): Result => {
      if (key === null || typeof payload !== 'object' || payload === null)
        return execute({ ...args, rootValue: payload });
      let byKey = results.get(payload);
      if (!byKey) results.set(payload, (byKey = new Map()));
      let result = byKey.get(key);
      if (!result) {
        result = execute({ ...args, rootValue: payload });
        byKey.set(key, result);
      }
      return result;
    };
    const source = stream[Symbol.asyncIterator]();
    const done = (): Promise<IteratorResult<ExecutionResult>> => Promise.resolve({ value: undefined, done: true });
    const mapped: AsyncIterableIterator<ExecutionResult> = {
      next: () =>
        source.next().then(async (item): Promise<IteratorResult<ExecutionResult>> => {
          if (item.done) return { value: undefined, done: true };
          return { value: await run(item.value), done: false };
        }),
      return: () => (source.return ? source.return().then(() => ({ value: undefined, done: true })) : done()),
      throw: (error: unknown) =>
        source.throw ? source.throw(error).then(() => ({ value: undefined, done: true })) : Promise.reject(error),
      [Symbol.asyncIterator]: () => mapped,
    };
    return mapped;
  };
}
