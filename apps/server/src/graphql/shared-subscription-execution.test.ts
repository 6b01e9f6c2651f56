import { buildSchema, parse } from 'graphql';
import type { ExecutionResult, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema as buildOurSchema } from './schema.ts';
import { contextFreeSubscriptionFields, sharedSubscribe } from './shared-subscription-execution.ts';

const SDL = /* GraphQL */ `
  type Query {
    ok: Boolean
  }
  type Event {
    id: ID!
    kind: String!
  }
  type Personal {
    id: ID!
    mine: String
  }
  type Subscription {
    changed(topic: String): Event!
    personal: Personal!
  }
`;

/** A schema like ours: `personal` has a field resolved from the context (the viewer). */
function schemaWithEvents(events: object[]) {
  const schema = buildSchema(SDL);
  const subscription = schema.getSubscriptionType()!.getFields();
  for (const field of Object.values(subscription)) {
    field.subscribe = async function* () {
      for (const event of events) yield event;
    };
  }
  const personal = schema.getType('Personal') as GraphQLObjectType;
  personal.getFields().mine!.resolve = (_parent, _args, context: { viewer: string }) => context.viewer;
  return schema;
}

async function firstResults(
  subscribe: ReturnType<typeof sharedSubscribe>,
  schema: GraphQLSchema,
  query: string,
  viewers: string[],
  variables: Record<string, unknown> = {},
): Promise<ExecutionResult[]> {
  const results: ExecutionResult[] = [];
  for (const viewer of viewers) {
    const stream = await subscribe({
      schema,
      document: parse(query),
      contextValue: { viewer },
      variableValues: variables,
    });
    if (!(Symbol.asyncIterator in stream)) throw new Error(JSON.stringify(stream));
    const first = await stream.next();
    results.push(first.value as ExecutionResult);
    await stream.return?.();
  }
  return results;
}

describe('shared execution of subscription events', () => {
  it("shares only the fields resolved without the viewer: the application's live events are", () => {
    expect([...contextFreeSubscriptionFields(schemaWithEvents([]))]).toEqual(['changed']);
    const ours = contextFreeSubscriptionFields(buildOurSchema());
    for (const field of ['workplanChanged', 'readableRecordsChanged', 'notificationReceived'])
      expect(ours.has(field), field).toBe(true);
  });

  it('executes an event once for every subscriber of the same document and variables, and apart otherwise', async () => {
    const event = { changed: { id: '1', kind: 'A' }, personal: { id: '1' } };
    const schema = schemaWithEvents([event]);
    const subscribe = sharedSubscribe(schema);
    const same = await firstResults(subscribe, schema, 'subscription { changed { id kind } }', ['ana', 'bruno']);
    expect(same[0]).toEqual({ data: { changed: { id: '1', kind: 'A' } } });
    expect(same[1]).toBe(same[0]);
    const other = await firstResults(subscribe, schema, 'subscription { changed { id } }', ['ana']);
    expect(other[0]).toEqual({ data: { changed: { id: '1' } } });
    const personal = await firstResults(subscribe, schema, 'subscription { personal { id mine } }', ['ana', 'bruno']);
    expect(personal.map((r) => r.data)).toEqual([
      { personal: { id: '1', mine: 'ana' } },
      { personal: { id: '1', mine: 'bruno' } },
    ]);
  });
});
