import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';
import type { OrganisationKind, WorkingGroupKind } from '../lib/enums.ts';

const KnownOrganisations_WorkingGroups = graphql(`
  query KnownOrganisations_WorkingGroups {
    workingGroups {
      id
      name
      kind
      members {
        id
        organisation {
          id
          name
          kind
          countryCode
        }
      }
    }
  }
`);

const NONE: readonly never[] = [];

export interface KnownOrganisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly countryCode: string | null;
}

export interface KnownWorkingGroup {
  readonly id: string;
  readonly name: string;
  readonly kind: WorkingGroupKind;
}

/** Organisations with ids and names, deduplicated and sorted by name. */
export function mergeOrganisations(
  lists: readonly (readonly KnownOrganisation[])[],
  language: string,
): KnownOrganisation[] {
  const byId = new Map<string, KnownOrganisation>();
  for (const list of lists) for (const organisation of list) byId.set(organisation.id, organisation);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, language, { sensitivity: 'base' }));
}

/**
 * The organisations the viewer can name: members of their working groups (the API has no
 * organisation directory), plus any given extras such as a record's current share list.
 */
export function useKnownOrganisations(extra: readonly KnownOrganisation[] = NONE) {
  const { i18n } = useTranslation();
  const { data, loading, error } = useQuery(KnownOrganisations_WorkingGroups);
  const groups = data?.workingGroups;
  const organisations = useMemo(
    () =>
      mergeOrganisations(
        [...(groups ?? []).map((group) => group.members.map((member) => member.organisation)), extra],
        i18n.language,
      ),
    [groups, extra, i18n.language],
  );
  const workingGroups: KnownWorkingGroup[] = useMemo(
    () => (groups ?? []).map(({ id, name, kind }) => ({ id, name, kind })),
    [groups],
  );
  return { organisations, workingGroups, loading, error };
}
