import { CLASSIFICATIONS, can, organisationCanRead } from '@opcat/domain';
import type { OrganisationProfile } from '@opcat/domain';
import { Organisation, WorkingGroupMember } from '../../db/entities/identity.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { recordFacts } from './facts.ts';

type Shareable = ShareableRecord<string>;

export function recordAbilities(ctx: OperationContext, record: Shareable) {
  const facts = recordFacts(record);
  const actor = ctx.actor;
  return {
    read: can(actor, 'record:read', facts),
    update: can(actor, 'record:update', facts),
    share: can(actor, 'record:share', facts),
    reclassify: can(actor, 'record:reclassify', {
      ...facts,
      ownerOrganisationKind: record.ownerOrganisation.kind,
      to: 'ORGANISATION',
    }),
    reclassifyTo: CLASSIFICATIONS.filter(
      (to) =>
        to !== facts.classification &&
        can(actor, 'record:reclassify', { ...facts, ownerOrganisationKind: record.ownerOrganisation.kind, to }),
    ),
    readComments: can(actor, 'record:readComments', facts),
    comment: can(actor, 'record:comment', facts),
    export: can(actor, 'record:export', facts),
    authorisePublication: can(actor, 'record:authorisePublication', facts),
  };
}

const directories = new WeakMap<
  OperationContext,
  Promise<{ organisation: Organisation; profile: OrganisationProfile }[]>
>();

/** Every organisation (by name) with its profile: kind, country and working groups; loaded once per operation. */
export function organisationDirectory(ctx: OperationContext) {
  let directory = directories.get(ctx);
  if (!directory) {
    directory = (async () => {
      const [organisations, groups] = await Promise.all([
        ctx.em.find(Organisation, {}, { orderBy: { name: 'asc' } }),
        ctx.em.find(WorkingGroupMember, {}),
      ]);
      return organisations.map((organisation) => ({
        organisation,
        profile: {
          id: organisation.id,
          kind: organisation.kind,
          countryCode: organisation.countryCode,
          workingGroupIds: groups.filter((g) => g.organisation.id === organisation.id).map((g) => g.workingGroup.id),
        },
      }));
    })();
    directories.set(ctx, directory);
  }
  return directory;
}

/** The organisations whose members can read the record, by the same policy that guards reads. */
export async function organisationsThatCanRead(ctx: OperationContext, record: Shareable): Promise<Organisation[]> {
  const facts = recordFacts(record);
  const directory = await organisationDirectory(ctx);
  return directory.filter((entry) => organisationCanRead(entry.profile, facts)).map((entry) => entry.organisation);
}

/** The share list is the owner's business: other readers get an empty list. */
export async function sharedWithOrganisations(ctx: OperationContext, record: Shareable): Promise<Organisation[]> {
  if (!can(ctx.actor, 'record:readShareList', recordFacts(record))) return [];
  if (record.sharedWith.length === 0) return [];
  return ctx.em.find(Organisation, { id: { $in: record.sharedWith } }, { orderBy: { name: 'asc' } });
}
