import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { PARSE_OPTIONS, validationRules } from '../graphql/security.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same queries, run after run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from nothing');
      return items[Math.floor(next() * items.length)] as T;
    },
    /** A copy of `items` in a random order (Fisher–Yates). */
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    uuid: () => 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(next() * 16).toString(16)),
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** Values the generator draws arguments from. */
export interface ValuePools {
  /** Ids of records, organisations, users, working groups: readable ones and others. */
  ids: readonly string[];
  /** Search terms (fragments of planted strings, so searches match them). */
  searches: readonly string[];
  /** Any other text. */
  strings: readonly string[];
}

export interface GeneratorOptions {
  /** Object nesting below the root field. */
  maxDepth: number;
  /** Relations followed per object, at most. */
  maxRelations: number;
  /** Root fields not to call (e.g. expensive ones); fields without a resolver are never called. */
  skipRootFields?: readonly string[];
}

/** GraphQL literal of a JSON-ish value; enum values are passed as `{ enum: 'X' }`. */
function literal(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.enum === 'string' && Object.keys(record).length === 1) return record.enum;
    return `{ ${Object.entries(record)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * Random queries that pass the schema's own validation and the server's depth, alias and cost
 * limits: root fields of Query with arguments drawn from the pools, every scalar field selected,
 * relations followed at random down to `maxDepth`.
 */
export class QueryGenerator {
  private readonly roots: GraphQLField<unknown, unknown>[];
  private readonly rules = [...specifiedRules, ...validationRules(false)];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: ValuePools,
    private readonly options: GeneratorOptions,
  ) {
    const query = schema.getQueryType();
    if (!query) throw new Error('no Query type');
    this.roots = Object.values(query.getFields()).filter(
      (f) => typeof f.resolve === 'function' && !options.skipRootFields?.includes(f.name),
    );
  }

  get rootFieldNames(): string[] {
    return this.roots.map((f) => f.name);
  }

  /** A valid query document (validated here with the server's rules); retries until one is. */
  next(random: Random): string {
    for (let attempt = 0; attempt < 50; attempt++) {
      const fields = Array.from({ length: random.int(1, 3) }, (_, i) => {
        const root = random.pick(this.roots);
        return `q${i}: ${root.name}${this.args(root, random)}${this.selection(root.type as never, 1, random)}`;
      });
      const document = `query Generated {\n  ${fields.join('\n  ')}\n}`;
      // Parsed with the server's token limit: a query the server would refuse is no test of leaks.
      if (validate(this.schema, parse(document, PARSE_OPTIONS), this.rules).length === 0) return document;
    }
    throw new Error('could not generate a valid query in 50 attempts');
  }

  private args(field: GraphQLField<unknown, unknown>, random: Random): string {
    const parts: string[] = [];
    for (const arg of field.args) {
      const required = isNonNullType(arg.type);
      if (!required && !random.chance(0.6)) continue;
      // A cursor is the previous page's endCursor: a random string is refused (BAD_USER_INPUT) before any
      // read, for every viewer alike, and would hide the list's rows from the scan. Sent rarely, so that
      // the refusal path is still exercised.
      if (arg.name === 'after' && !random.chance(0.1)) continue;
      parts.push(`${arg.name}: ${literal(this.value(arg.name, arg.type, random, 0))}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private value(name: string, type: GraphQLInputType, random: Random, depth: number): unknown {
    if (isNonNullType(type)) return this.value(name, type.ofType, random, depth);
    if (isListType(type)) {
      return Array.from({ length: random.int(1, 2) }, () => this.value(name, type.ofType, random, depth + 1));
    }
    if (isEnumType(type)) return { enum: random.pick(type.getValues()).name };
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(type.getFields())) {
        if (isNonNullType(f.type) || random.chance(0.4)) out[f.name] = this.value(f.name, f.type, random, depth + 1);
      }
      return out;
    }
    return this.scalar(name, type.name, random);
  }

  private scalar(name: string, typeName: string, random: Random): unknown {
    const lower = name.toLowerCase();
    switch (typeName) {
      case 'ID':
        return random.chance(0.85) ? random.pick(this.pools.ids) : random.chance(0.5) ? random.uuid() : 'not-an-id';
      case 'Int':
        if (lower === 'limit' || lower === 'first') return random.int(1, 6);
        if (lower === 'offset') return random.chance(0.7) ? 0 : random.int(1, 4);
        return random.int(0, 400);
      case 'Float':
        return random.next() * 100;
      case 'Boolean':
        return random.chance(0.5);
      case 'LocalDate':
        return `202${random.int(5, 7)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      case 'DateTime':
        return new Date(Date.UTC(2026, random.int(0, 11), random.int(1, 28))).toISOString();
      case 'JSON':
        return {};
      default:
        if (lower.includes('search') || lower === 'theme') return random.pick(this.pools.searches);
        if (lower.includes('country')) return random.pick(['XV', 'XS', 'ZZ']);
        return random.chance(0.5) ? random.pick(this.pools.searches) : random.pick(this.pools.strings);
    }
  }

  /** ` { … }` for composite types, '' for leaves. */
  private selection(type: GraphQLNamedType, depth: number, random: Random): string {
    const named = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return '';
    if (isInterfaceType(named) || isUnionType(named)) {
      const possible = this.schema.getPossibleTypes(named);
      const fragments = possible.map((t) => `... on ${t.name}${this.objectSelection(t, depth, random)}`);
      return ` { __typename ${fragments.join(' ')} }`;
    }
    if (isObjectType(named)) return this.objectSelection(named, depth, random);
    return '';
  }

  private objectSelection(type: GraphQLObjectType, depth: number, random: Random): string {
    const parts: string[] = [];
    const relations: GraphQLField<unknown, unknown>[] = [];
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      const leaf = isScalarType(named) || isEnumType(named);
      if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) && !leaf) continue;
      if (leaf) parts.push(`${f.name}${f.args.length ? this.args(f, random) : ''}`);
      else relations.push(f);
    }
    if (depth < this.options.maxDepth) {
      const count = random.int(0, Math.min(this.options.maxRelations, relations.length));
      for (let i = 0; i < count; i++) {
        const f = relations.splice(random.int(0, relations.length - 1), 1)[0] as GraphQLField<unknown, unknown>;
        parts.push(`${f.name}${this.args(f, random)}${this.selection(f.type as never, depth + 1, random)}`);
      }
    }
    if (parts.length === 0) parts.push('__typename');
    return ` { ${parts.join(' ')} }`;
  }
}
