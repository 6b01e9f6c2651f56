import type { RecordFacts } from '@opcat/domain';
import type { ShareableRecord } from '../../db/entities/shareable.ts';

/** The policy's view of a shareable record. */
export function recordFacts(record: ShareableRecord<string>): RecordFacts {
  return {
    ownerOrganisationId: record.ownerOrganisation.id,
    countryCode: record.countryCode,
    workingGroupId: record.workingGroup?.id ?? null,
    classification: record.classification,
    sharedWithOrganisationIds: record.sharedWith,
    // Only recommendations have an addressee (it reads what is addressed to it).
    addresseeOrganisationId: (record as { addressee?: { id: string } }).addressee?.id ?? null,
  };
}
