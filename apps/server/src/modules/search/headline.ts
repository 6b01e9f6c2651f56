import type { EntityManager } from '@mikro-orm/postgresql';
import type { OperationContext } from '../../operation/context.ts';
import { KIND_SPECS, snapshotReadableSql } from './kinds.ts';
import type { SearchKind } from './kinds.ts';
import { groupBy } from '../../collections.ts';

/** A piece of a headline: matched words are `match: true`. The client renders text, never HTML. */
export interface HeadlinePart {
  text: string;
  match: boolean;
}

const START = '\uE000';
const STOP = '\uE001';
const OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const CONFIGS = ['opcat_es', 'opcat_en', 'opcat_fr', 'opcat_pt'];

/** Splits ts_headline's output at its (private-use) selection marks. */
export function headlineParts(headline: string): HeadlinePart[] {
  const parts: HeadlinePart[] = [];
  let rest = headline;
  while (rest.length) {
    const start = rest.indexOf(START);
    if (start === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const stop = rest.indexOf(STOP, start);
    const end = stop === -1 ? rest.length : stop;
    parts.push({ text: rest.slice(start + 1, end), match: true });
    rest = stop === -1 ? '' : rest.slice(stop + 1);
  }
  // Adjacent matched words come as separate selections: join them for the reader.
  return parts.filter((p) => p.text.length > 0);
}

/**
 * Headlines of the hits of one page, keyed `KIND:id`, in one statement whatever the kinds on the page.
 * Called with the rows the viewer's read scope returned; the caller shows a headline only beside a
 * record the policy hands out. The text is the record's own readable columns and its co-edited text,
 * never personal data. The language whose stemmer highlights a match wins.
 */
export async function headlinesOf(
  ctx: OperationContext,
  hits: readonly { kind: SearchKind; id: string }[],
  query: string,
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (hits.length === 0) return result;
  const em = ctx.em as EntityManager;
  const byKind = groupBy(
    hits,
    (hit) => hit.kind,
    (hit) => hit.id,
  );
  const headlines = CONFIGS.map((c) => `ts_headline('public.${c}'::regconfig, d.t, d.q, ?)`);
  const selects: string[] = [];
  const bindings: string[] = [];
  for (const [kind, ids] of byKind) {
    const spec = KIND_SPECS[kind];
    const table = em.getMetadata().get(spec.entity.name).tableName;
    const own = spec.text.replaceAll('r.', 'x.');
    const text = spec.collab
      ? `concat_ws(' · ', ${own}, (select s.text from collab_snapshot s where s.document_name = '${spec.collab}:' || x.id
          and ${snapshotReadableSql(ctx.actor, spec.collab, 'x')}))`
      : own;
    selects.push(
      `select '${kind}'::text as kind, x.id, coalesce(
             (select h from unnest(array[${headlines.join(', ')}]) with ordinality u(h, n)
               where strpos(h, chr(57344)) > 0 order by n limit 1),
             left(d.t, 200)) as headline
           from "${table}" x
           cross join lateral (select translate(${text}, chr(57344) || chr(57345), '') as t,
                                      public.opcat_search_query(?) as q) d
          where x.id in (${ids.map(() => '?').join(', ')})`,
    );
    bindings.push(...CONFIGS.map(() => OPTIONS), query, ...ids);
  }
  const rows = await em
    .getConnection()
    .execute<{ kind: SearchKind; id: string; headline: string }[]>(
      em.getKnex().raw(selects.join(' union all '), bindings),
      [],
      'all',
      em.getTransactionContext(),
    );
  for (const row of rows) result.set(`${row.kind}:${row.id}`, row.headline ?? '');
  return result;
}
