import { Visit } from '../../db/entities/monitoring.ts';
import type { User } from '../../db/entities/identity.ts';
import type { ReprisalIncident } from '../../db/entities/reprisal.ts';
import type { OperationContext } from '../../operation/context.ts';
import { findReadable } from '../records/load-readable.ts';

/** The related visit, only when the viewer can read it on its own terms. */
export function relatedVisitOf(ctx: OperationContext, incident: ReprisalIncident): Promise<Visit | null> {
  return incident.relatedVisit ? findReadable(ctx, Visit, incident.relatedVisit.id) : Promise.resolve(null);
}

/** The named users of an incident the viewer was already allowed to read, by name. */
export async function namedUsersOf(incident: ReprisalIncident): Promise<User[]> {
  const users = await incident.namedUsers.loadItems();
  return [...users].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
