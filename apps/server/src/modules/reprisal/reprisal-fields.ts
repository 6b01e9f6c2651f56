import { can } from '@opcat/domain';
import { reprisalFacts } from './facts.ts';
import { Visit } from '../../db/entities/monitoring.ts';
import type { User } from '../../db/entities/identity.ts';
import type { ReprisalIncident } from '../../db/entities/reprisal.ts';
import type { OperationContext } from '../../operation/context.ts';
import { findReadable } from '../records/load-readable.ts';

/** The related visit, only when the viewer can read it on its own terms. */
export function relatedVisitOf(ctx: OperationContext, incident: ReprisalIncident): Promise<Visit | null> {
  return incident.relatedVisit ? findReadable(ctx, Visit, incident.relatedVisit.id) : Promise.resolve(null);
}

/** Whether the viewer may update the incident: the page offers its form only then (never shown, then refused). */
export async function viewerCanUpdateReprisal(ctx: OperationContext, incident: ReprisalIncident): Promise<boolean> {
  await incident.namedUsers.loadItems();
  return can(ctx.actor, 'reprisal:update', reprisalFacts(incident));
}

/** The named users of an incident the viewer was already allowed to read, by name. */
export async function namedUsersOf(incident: ReprisalIncident): Promise<User[]> {
  const users = await incident.namedUsers.loadItems();
  return [...users].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
