import type { EntityClass } from '@mikro-orm/core';
import { Finding, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import { Workplan } from '../../db/entities/workplan.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { coEditedTextOwners } from '@opcat/domain';
import type { Actor, CoEditedKind } from '@opcat/domain';
import { isId } from '../ids.ts';

export const SEARCH_KINDS = ['PLACE', 'VISIT', 'FINDING', 'RECOMMENDATION', 'WORKPLAN'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * What each kind of record searches (decision 0020): its own search vector (kept by a trigger from
 * the columns below) and, for co-edited records, the rendered text of its snapshot. `title` and
 * `text` are SQL over the record (alias r) for the hit's title and headline: only columns that
 * every reader of the record may read (no interviewee, evidence or comment text).
 */
interface KindSpec {
  entity: EntityClass<ShareableRecord<string>>;
  title: string;
  text: string;
  /** Its co-edited text, named `<kind>:<id>` (`finding:<id>`), if it has one. */
  collab: CoEditedKind | null;
}

export const KIND_SPECS: Record<SearchKind, KindSpec> = {
  PLACE: {
    entity: Place as never,
    title: 'r.name',
    text: `concat_ws(' · ', r.name, r.region, r.address)`,
    collab: null,
  },
  VISIT: { entity: Visit as never, title: `left(r.objectives, 200)`, text: 'r.objectives', collab: null },
  FINDING: {
    entity: Finding as never,
    title: 'r.title',
    // Not the risk factors: their codes ("SOLITARY_CONFINEMENT") are no words to show; the search page names a
    // finding hit's tags in the reader's language beside its headline (decision 0049).
    text: `concat_ws(' · ', r.title, r.description)`,
    collab: 'finding',
  },
  RECOMMENDATION: {
    entity: Recommendation as never,
    title: `concat_ws(' ', r.reference, r.title)`,
    text: `concat_ws(' · ', r.title, r.text, r.theme)`,
    collab: 'recommendation',
  },
  WORKPLAN: { entity: Workplan as never, title: 'r.title', text: 'r.title', collab: 'workplan' },
};

/**
 * SQL on the record `alias` saying whether the actor reads its co-edited text, for the readable
 * records search looks at: `true` where the text follows the record, else the policy's owners
 * (`coEditedTextOwners`: a recommendation's draft only for its issuer's members). Search matches,
 * ranks and quotes a snapshot only where this holds.
 */
export function snapshotReadableSql(actor: Actor | null, kind: CoEditedKind, alias: string): string {
  const owners = coEditedTextOwners(actor, kind);
  if (owners === null) return 'true';
  if (owners.length === 0) return 'false';
  for (const id of owners) if (!isId(id)) throw new Error(`co-edited text scope: not an id: ${JSON.stringify(id)}`);
  return `${alias}.owner_organisation_id in (${owners.map((id) => `'${id}'`).join(', ')})`;
}
