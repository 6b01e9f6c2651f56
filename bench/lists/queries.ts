/**
 * The list queries exactly as the web app sends them: the documents are imported from
 * apps/web/src/__generated__/graphql.ts and printed; their variables are built from each
 * document's own variable definitions. `LISTS` below is the only code that knows documents' and
 * variables' names: when a page's query changes (cursor pagination, new filters), adjust it here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, getNamedType, isObjectType, Kind, print } from 'graphql';
import type { DocumentNode, FieldNode, GraphQLObjectType, OperationDefinitionNode, SelectionNode } from 'graphql';
import * as web from '../../apps/web/src/__generated__/graphql.ts';

export interface ListSpec {
  key: 'findings' | 'recommendations' | 'visits' | 'places';
  /** Candidate export names of the page's document, first found wins. */
  documents: string[];
  /** Page size the page sends (its PAGE_SIZE constant); used for a `limit`/`first` variable. */
  pageSize: number;
  /** Values of the filtered page, by variable name; only those the document declares are sent. */
  filtered: Record<string, unknown>;
  /** The table the list reads (for the raw SQL: the statements on it are the page's own). */
  table: string;
}

// ---- The one place that depends on the documents' names and variables -------------------------
export const LISTS: ListSpec[] = [
  {
    key: 'findings',
    // The findings library (/findings), filtered by two of its facets.
    documents: ['FindingsLibraryPage_FindingsDocument'],
    pageSize: 25,
    filtered: { filter: { monitoringArea: 'HEALTH_CARE', severity: 'HIGH' } },
    table: 'finding',
  },
  {
    key: 'recommendations',
    documents: ['RecommendationsPage_ListDocument'],
    pageSize: 25,
    filtered: { filter: { stateStatus: ['IN_PROGRESS'] } },
    table: 'recommendation',
  },
  {
    key: 'visits',
    documents: ['VisitsPage_VisitsDocument'],
    pageSize: 25,
    filtered: { filter: { status: 'REPORTING' } },
    table: 'visit',
  },
  {
    key: 'places',
    documents: ['PlacesPage_PlacesDocument'],
    pageSize: 25,
    filtered: { filter: { types: ['PRISON'] } },
    table: 'place',
  },
];
/** Variables meaning "page size" and "first page" (offset or cursor pagination). */
const PAGE_SIZE_VARIABLES = ['limit', 'first'];
const FIRST_PAGE_VARIABLES: Record<string, unknown> = { offset: 0, after: null };
// -----------------------------------------------------------------------------------------------

const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../packages/graphql/__generated__/schema.graphql', import.meta.url)), 'utf8'),
);

export interface ListQueries {
  spec: ListSpec;
  documentName: string;
  /** The printed document, as the web app sends it. */
  page: string;
  firstPage: Record<string, unknown>;
  /** Null when the document declares none of the filter's variables. */
  filteredPage: Record<string, unknown> | null;
  /** The same root field with only its count fields selected (totalCount, …), first page's variables. */
  count: string;
  countFields: string;
}

function operationOf(doc: DocumentNode): OperationDefinitionNode {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op) throw new Error('bench: document without an operation');
  return op;
}

/** The connection type's fields whose name says "count" (with the scalar sub-fields of an object one). */
function countSelection(connection: GraphQLObjectType): SelectionNode[] {
  const fields = Object.values(connection.getFields()).filter((f) => /count/i.test(f.name));
  if (!fields.length) throw new Error(`bench: ${connection.name} has no count field`);
  return fields.map((f): FieldNode => {
    const type = getNamedType(f.type);
    const sub = isObjectType(type)
      ? Object.values(type.getFields())
          .filter((s) => !isObjectType(getNamedType(s.type)))
          .map((s): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: s.name } }))
      : undefined;
    return {
      kind: Kind.FIELD,
      name: { kind: Kind.NAME, value: f.name },
      ...(sub ? { selectionSet: { kind: Kind.SELECTION_SET, selections: sub } } : {}),
    };
  });
}

export function listQueries(spec: ListSpec): ListQueries {
  const exports = web as unknown as Record<string, DocumentNode | undefined>;
  const documentName = spec.documents.find((name) => exports[name]);
  const doc = documentName ? exports[documentName] : undefined;
  if (!doc || !documentName) throw new Error(`bench: none of ${spec.documents.join(', ')} in the web app's documents`);
  const op = operationOf(doc);
  const firstPage: Record<string, unknown> = {};
  const filteredPage: Record<string, unknown> = {};
  let filtered = false;
  for (const def of op.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (PAGE_SIZE_VARIABLES.includes(name)) firstPage[name] = spec.pageSize;
    else if (name in FIRST_PAGE_VARIABLES) firstPage[name] = FIRST_PAGE_VARIABLES[name];
    else if (def.type.kind === Kind.NON_NULL_TYPE && !def.defaultValue)
      throw new Error(`bench: ${documentName} requires $${name}: add its value to bench/lists/queries.ts`);
    if (name in spec.filtered) {
      filteredPage[name] = spec.filtered[name];
      filtered = true;
    }
  }
  const root = op.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  if (!root) throw new Error(`bench: ${documentName} has no root field`);
  const connection = getNamedType(schema.getQueryType()?.getFields()[root.name.value]?.type);
  if (!connection || !isObjectType(connection)) throw new Error(`bench: no connection type for ${root.name.value}`);
  const countDoc: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...op,
        name: { kind: Kind.NAME, value: `BenchCount_${root.name.value}` },
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [{ ...root, selectionSet: { kind: Kind.SELECTION_SET, selections: countSelection(connection) } }],
        },
      },
    ],
  };
  const count = print(countDoc);
  return {
    spec,
    documentName,
    page: print(doc),
    firstPage,
    filteredPage: filtered ? { ...firstPage, ...filteredPage } : null,
    count,
    countFields: countSelection(connection)
      .map((s) => print(s))
      .join(' '),
  };
}
