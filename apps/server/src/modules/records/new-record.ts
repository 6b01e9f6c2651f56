import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, can } from '@opcat/domain';
import type { Actor, Classification, MonitoringRecordType } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { Organisation, WorkingGroup, WorkingGroupMember } from '../../db/entities/identity.ts';
import type { UserError } from '../../__generated__/resolvers-types.ts';
import { notFound } from '../../errors.ts';
import { userError } from '../user-errors.ts';

export interface NewRecordOwnership {
  ownerOrganisation: Organisation;
  classification: Classification;
  workingGroup: WorkingGroup | null;
}

/**
 * Who owns a new record and who may read it. The creator must be allowed to create for the owner,
 * and starting wider than ORGANISATION needs the same right as widening later.
 */
export async function newRecordOwnership(
  tx: EntityManager,
  ctx: OperationContext & { actor: Actor },
  input: {
    recordType: MonitoringRecordType | 'WORKPLAN';
    ownerOrganisationId?: string | null;
    classification?: Classification | null;
    workingGroupId?: string | null;
    countryCode: string | null;
  },
): Promise<NewRecordOwnership | UserError[]> {
  const actor = ctx.actor;
  // The organisation the person acts for, unless they name another of theirs.
  const ownerOrganisationId = input.ownerOrganisationId ?? ctx.actingOrganisation?.organisationId;
  if (!ownerOrganisationId) throw notFound();
  if (input.recordType === 'WORKPLAN') {
    if (!input.workingGroupId) throw notFound();
    authorize(actor, 'workplan:create', { ownerOrganisationId, workingGroupId: input.workingGroupId });
  } else authorize(actor, 'record:create', { ownerOrganisationId, recordType: input.recordType });
  const ownerOrganisation = await tx.findOneOrFail(Organisation, ownerOrganisationId);
  let workingGroup: WorkingGroup | null = null;
  if (input.workingGroupId) {
    const membership = await tx.findOne(WorkingGroupMember, {
      workingGroup: input.workingGroupId,
      organisation: ownerOrganisationId,
    });
    if (!membership) return [userError(['input', 'workingGroupId'], 'NOT_FOUND', 'Unknown working group')];
    workingGroup = tx.getReference(WorkingGroup, input.workingGroupId);
  }
  const classification: Classification = input.classification ?? (workingGroup ? 'WORKING_GROUP' : 'ORGANISATION');
  if (classification === 'WORKING_GROUP' && !workingGroup) {
    return [userError(['input', 'workingGroupId'], 'INVALID', 'Choose the working group that may read it')];
  }
  if (classification === 'SPT_CONFIDENTIAL' && !input.countryCode) {
    return [
      userError(['input', 'classification'], 'INVALID', 'An SPT-confidential record needs the country concerned'),
    ];
  }
  const allowed = can(actor, 'record:reclassify', {
    ownerOrganisationId,
    ownerOrganisationKind: ownerOrganisation.kind,
    countryCode: input.countryCode,
    workingGroupId: workingGroup?.id ?? null,
    classification: 'ORGANISATION',
    sharedWithOrganisationIds: [],
    to: classification,
  });
  if (!allowed) {
    return [userError(['input', 'classification'], 'FORBIDDEN_CHANGE', 'Your role does not allow this classification')];
  }
  return { ownerOrganisation, classification, workingGroup };
}
