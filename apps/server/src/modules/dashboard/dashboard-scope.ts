import { authorize } from '@opcat/domain';
import { Organisation, WorkingGroup, WorkingGroupMember } from '../../db/entities/identity.ts';
import type { Actor } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { notFound } from '../../errors.ts';
import { isId } from '../ids.ts';
import type { Sql } from './sql.ts';
import { p, raw, sql } from './sql.ts';

export type DashboardScopeKind = 'ORGANISATION' | 'WORKING_GROUP' | 'COUNTRY';

export interface DashboardScopeInput {
  kind: DashboardScopeKind;
  /** Organisation or working group id, or an ISO country code. */
  id: string;
}

/** A resolved dashboard: what it is about, and the SQL that narrows each record type to it. */
export interface Dashboard {
  kind: DashboardScopeKind;
  id: string;
  name: string;
  /** The scope on a shareable table alias; recommendations of an organisation include those addressed to it. */
  about(alias: string, options?: { hasAddressee?: boolean }): Sql;
}

const COUNTRY = /^[A-Z]{2}$/;

/**
 * Resolves the scope the dashboard is about. An organisation is readable by every signed-in person,
 * a working group by its members, a country when a registered organisation works in it; anything
 * else — unknown or unreadable — is the same NOT_FOUND.
 */
export async function resolveDashboard(
  ctx: OperationContext & { actor: Actor },
  input: DashboardScopeInput,
): Promise<Dashboard> {
  switch (input.kind) {
    case 'ORGANISATION': {
      if (!isId(input.id)) throw notFound();
      const organisation = await ctx.em.findOne(Organisation, input.id);
      if (!organisation) throw notFound();
      authorize(ctx.actor, 'organisation:read', { organisationId: organisation.id });
      const id = organisation.id;
      return {
        kind: input.kind,
        id,
        name: organisation.name,
        about: (alias, options) =>
          options?.hasAddressee
            ? sql`(${raw(alias)}.owner_organisation_id = ${p(id)} or ${raw(alias)}.addressee_id = ${p(id)})`
            : sql`${raw(alias)}.owner_organisation_id = ${p(id)}`,
      };
    }
    case 'WORKING_GROUP': {
      if (!isId(input.id)) throw notFound();
      const group = await ctx.em.findOne(WorkingGroup, input.id);
      if (!group) throw notFound();
      const members = await ctx.em.find(WorkingGroupMember, { workingGroup: group.id });
      authorize(ctx.actor, 'workingGroup:read', {
        workingGroupId: group.id,
        memberOrganisationIds: members.map((m) => m.organisation.id),
      });
      const id = group.id;
      return {
        kind: input.kind,
        id,
        name: group.name,
        about: (alias) => sql`${raw(alias)}.working_group_id = ${p(id)}`,
      };
    }
    case 'COUNTRY': {
      const code = input.id.trim().toUpperCase();
      if (!COUNTRY.test(code)) throw notFound();
      const known = await ctx.em.count(Organisation, { countryCode: code });
      if (!known) throw notFound();
      return {
        kind: input.kind,
        id: code,
        name: code,
        about: (alias) => sql`${raw(alias)}.country_code = ${p(code)}`,
      };
    }
  }
}
