import type { FilterQuery } from '@mikro-orm/core';
import { MONITORING_AREAS, authorize, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { z } from 'zod';
import { Organisation, User, WorkingGroup } from '../../db/entities/identity.ts';
import { Finding } from '../../db/entities/monitoring.ts';
import { NetworkPractice } from '../../db/entities/network-practice.ts';
import type { OperationContext } from '../../operation/context.ts';
import type {
  NetworkPracticeFilter,
  PublishPracticeToNetworkInput,
  UserError,
} from '../../__generated__/resolvers-types.ts';
import { notFound } from '../../errors.ts';
import { appendAudit } from '../audit/append-audit.ts';
import { isId } from '../ids.ts';
import { recordFacts } from '../records/facts.ts';
import { loadReadable, listReadable } from '../records/load-readable.ts';
import { fromZod, userError } from '../user-errors.ts';

const LIST_MAX = 200;

/**
 * The practices of the networks the viewer belongs to: each is a WORKING_GROUP record of its
 * network, so the ordinary read scope (in SQL) and `record:read` per row decide, like any record.
 */
export async function listNetworkPractices(
  ctx: OperationContext & { actor: Actor },
  filter: NetworkPracticeFilter | null | undefined,
): Promise<NetworkPractice[]> {
  const where: FilterQuery<NetworkPractice>[] = [{ classification: 'WORKING_GROUP' }];
  if (filter?.networkId != null) {
    // An id that is no network of the viewer's simply matches nothing, like a random one.
    if (!isId(filter.networkId)) return [];
    where.push({ workingGroup: filter.networkId });
  }
  if (filter?.theme != null) where.push({ theme: filter.theme });
  if (filter?.countryCode != null) where.push({ countryCode: filter.countryCode.toUpperCase() });
  const { nodes } = await listReadable(ctx, NetworkPractice, { $and: where } as FilterQuery<NetworkPractice>, {
    limit: LIST_MAX,
    offset: 0,
    orderBy: { createdAt: 'desc', id: 'asc' } as never,
  });
  return nodes;
}

/** The regional networks the viewer may publish this finding to (none unless it is a good practice). */
export async function practiceNetworks(ctx: OperationContext, finding: Finding): Promise<WorkingGroup[]> {
  const actor = ctx.actor;
  if (!actor || !finding.goodPractice) return [];
  const ids = [...new Set(actor.workingGroups.map((w) => w.workingGroupId))];
  if (ids.length === 0) return [];
  const networks = await ctx.em.find(
    WorkingGroup,
    { id: { $in: ids }, kind: 'REGIONAL_NETWORK' },
    { orderBy: { name: 'asc' } },
  );
  const source = recordFacts(finding);
  // A network that already has this practice is not offered again.
  const already = new Set(
    (await ctx.em.find(NetworkPractice, { sourceFinding: finding.id }, { fields: ['workingGroup'] as never })).map(
      (p) => p.workingGroup?.id,
    ),
  );
  return networks.filter(
    (network) =>
      !already.has(network.id) &&
      can(actor, 'practice:publishToNetwork', {
        ownerOrganisationId: finding.ownerOrganisation.id,
        workingGroupId: network.id,
        workingGroupKind: network.kind,
        source,
      }),
  );
}

const note = z.object({
  title: z.string().trim().min(3).max(300),
  summary: z.string().trim().min(10).max(5000),
  theme: z.enum(MONITORING_AREAS),
});

type Result = { practice: NetworkPractice | null; userErrors: UserError[] };

/**
 * A member of a regional network publishes a good practice to it: a copy of a good-practice
 * finding's title, description and monitoring area, or a note. Nothing else of the owner's is
 * shared; the finding keeps its classification. Audited like every share.
 */
export async function publishPracticeToNetwork(
  ctx: OperationContext & { actor: Actor },
  input: PublishPracticeToNetworkInput,
): Promise<Result> {
  const actor = ctx.actor;
  if (!isId(input.networkId)) throw notFound();
  const network = await ctx.em.findOne(WorkingGroup, input.networkId);
  if (!network) throw notFound();
  const finding = input.findingId != null ? await loadReadable(ctx, Finding, input.findingId) : null;
  const ownerId = finding?.ownerOrganisation.id ?? input.organisationId ?? ctx.actingOrganisation?.organisationId;
  if (!ownerId) throw notFound();
  // A network the viewer's organisation is not in answers like a missing one.
  authorize(actor, 'practice:publishToNetwork', {
    ownerOrganisationId: ownerId,
    workingGroupId: network.id,
    workingGroupKind: network.kind,
    source: finding ? recordFacts(finding) : null,
  });
  let content: z.infer<typeof note>;
  if (finding) {
    if (!finding.goodPractice) {
      return {
        practice: null,
        userErrors: [
          userError(['input', 'findingId'], 'INVALID', 'Only a finding flagged as good practice is published'),
        ],
      };
    }
    content = { title: finding.title, summary: finding.description || finding.title, theme: finding.monitoringArea };
  } else {
    const parsed = note.safeParse({ title: input.title ?? '', summary: input.summary ?? '', theme: input.theme });
    if (!parsed.success) return { practice: null, userErrors: fromZod(parsed.error) };
    content = parsed.data;
  }
  return ctx.em.transactional(async (tx): Promise<Result> => {
    if (finding && (await tx.count(NetworkPractice, { sourceFinding: finding.id, workingGroup: network.id }))) {
      return {
        practice: null,
        userErrors: [userError(['input', 'findingId'], 'CONFLICT', 'This finding is already published to the network')],
      };
    }
    const owner = tx.getReference(Organisation, ownerId);
    const practice = tx.create(NetworkPractice, {
      ...content,
      sourceFinding: finding ? tx.getReference(Finding, finding.id) : null,
      ownerOrganisation: owner,
      classification: 'WORKING_GROUP',
      workingGroup: tx.getReference(WorkingGroup, network.id),
      countryCode: actor.memberships.find((m) => m.organisationId === ownerId)?.countryCode ?? null,
      createdBy: tx.getReference(User, actor.userId),
    });
    await tx.flush();
    await appendAudit(tx, ctx.services.env.AUDIT_KEY, {
      action: 'record.shared',
      actor,
      subjectType: 'NETWORK_PRACTICE',
      subjectId: practice.id,
      subjectOrganisationId: ownerId,
      details: { publishedToNetworkId: network.id, sourceFindingId: finding?.id ?? null },
    });
    return { practice, userErrors: [] };
  });
}
