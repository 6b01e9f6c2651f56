import { createContext, useContext } from 'react';
import type { AppShellLayout_MembershipFragment, AppShellLayout_UserFragment } from '../../__generated__/graphql.ts';

export interface Shell {
  readonly user: AppShellLayout_UserFragment;
  readonly memberships: readonly AppShellLayout_MembershipFragment[];
  /** The organisation the person is working as; undefined when they belong to none. */
  readonly current: AppShellLayout_MembershipFragment | undefined;
  selectOrganisation(organisationId: string): void;
}

export const ShellContext = createContext<Shell | null>(null);

/** The signed-in person and their current organisation, for pages rendered inside the app shell. */
export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell must be used inside the app shell');
  return shell;
}
