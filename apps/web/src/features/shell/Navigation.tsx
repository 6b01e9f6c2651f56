import { NavLink, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { WorkingGroupKind } from '../../lib/enums.ts';

interface Props {
  workingGroups: readonly { id: string; name: string; kind: WorkingGroupKind }[];
  canManageMembers: boolean;
  /** Platform administrators run the platform (decision 0029): organisations and requests to join. */
  platformAdmin?: boolean;
}

export function Navigation({ workingGroups, canManageMembers, platformAdmin = false }: Props) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('tracker');
  const { t: tm } = useTranslation('monitoring');
  const { t: tw } = useTranslation('workplan');
  const { t: td } = useTranslation('discovery');
  const { t: tp } = useTranslation('practices');
  const { t: ts } = useTranslation('security');
  const { t: tdash } = useTranslation('dashboard');
  const { t: tannual } = useTranslation('annual');
  const { t: to } = useTranslation('onboarding');
  const { pathname } = useLocation();
  const linkProps = (to: string) => ({
    component: Link,
    to,
    active: pathname === to,
    'aria-current': pathname === to ? ('page' as const) : undefined,
  });

  return (
    <ScrollArea component="nav" aria-label={t('nav.label')} style={{ flex: 1 }} type="auto">
      <NavLink {...linkProps('/')} label={t('nav.home')} />
      <NavLink {...linkProps('/dashboard')} label={tdash('nav.dashboard')} />
      {canManageMembers && <NavLink {...linkProps('/organisation/members')} label={t('nav.members')} />}
      {canManageMembers && <NavLink {...linkProps('/organisation/audit')} label={tt('nav.audit')} />}
      <NavLink {...linkProps('/places')} label={tm('nav.places')} />
      <NavLink {...linkProps('/visits')} label={tm('nav.visits')} />
      <NavLink {...linkProps('/findings')} label={td('nav.findings')} />
      <NavLink {...linkProps('/recommendations')} label={tt('nav.recommendations')} />
      <NavLink {...linkProps('/reports/annual')} label={tannual('nav.annual')} />
      <NavLink {...linkProps('/reprisals')} label={tt('nav.reprisals')} />
      <NavLink {...linkProps('/my-actions')} label={tw('nav.myActions')} />
      <NavLink {...linkProps('/network-practices')} label={tp('nav.practices')} />
      <NavLink {...linkProps('/account/security')} label={ts('nav.security')} />
      {platformAdmin && <NavLink {...linkProps('/platform')} label={to('nav.platform')} />}
      {platformAdmin && <NavLink {...linkProps('/platform/join-requests')} label={to('nav.joinRequests')} />}

      <Text component="h2" size="xs" fw={700} tt="uppercase" c="dimmed" mt="lg" mb="xs" px="sm">
        {t('nav.workingGroups')}
      </Text>
      {workingGroups.length === 0 ? (
        <Text size="sm" c="dimmed" px="sm">
          {t('nav.noWorkingGroups')}
        </Text>
      ) : (
        workingGroups.map((group) => (
          <NavLink
            key={group.id}
            {...linkProps(`/working-groups/${group.id}`)}
            label={group.name}
            description={t(`enums.WorkingGroupKind.${group.kind}`)}
          />
        ))
      )}
      {canManageMembers && <NavLink {...linkProps('/working-groups/new')} label={to('nav.newGroup')} />}
    </ScrollArea>
  );
}
