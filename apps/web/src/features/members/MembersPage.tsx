import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { OrganisationKindBadge } from '../../components/OrganisationKindBadge.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useShell } from '../shell/ShellContext.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';
import { MembersTable } from './MembersTable.tsx';
import { TwoFactorAdminPanel } from '../security/TwoFactorAdminPanel.tsx';

const MembersPage_Organisation = graphql(`
  query MembersPage_Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      viewerCan {
        manageMembers
        readMembers
        readOutbox
      }
      viewerCanConfigureSso
      members {
        ...MembersTable_Membership
      }
      ...TwoFactorAdminPanel_Organisation
    }
  }
`);

/** Members of the current organisation: managed by its admins, read-only for other members. */
export function MembersPage() {
  const { t } = useTranslation();
  const { t: tm } = useTranslation('mail');
  const { t: tsso } = useTranslation('sso');
  const { user, current } = useShell();
  usePageTitle(t('members.title'));
  const { data, error, loading, refetch } = useQuery(
    MembersPage_Organisation,
    current ? { variables: { id: current.organisation.id } } : skipToken,
  );
  const reload = () => void refetch().catch(() => undefined);

  if (!current) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('members.title')}</Title>
        <Alert color="blue">{t('home.noOrganisation')}</Alert>
      </Stack>
    );
  }
  if (loading && !data) return <PageLoader />;
  if (!data) return <QueryError error={error} onRetry={reload} />;

  const { organisation } = data;
  const canManage = organisation.viewerCan.manageMembers;

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{t('members.title')}</Title>
        <Group gap="xs">
          <Text c="dimmed">{organisation.name}</Text>
          <OrganisationKindBadge kind={organisation.kind} />
          {organisation.viewerCan.readOutbox && (
            <Anchor component={Link} to="/organisation/outbox" size="sm">
              {tm('invite.openOutbox')}
            </Anchor>
          )}
          {organisation.viewerCanConfigureSso && (
            <Anchor component={Link} to="/organisation/sso" size="sm">
              {tsso('settings.link')}
            </Anchor>
          )}
        </Group>
      </Stack>

      {!organisation.viewerCan.readMembers ? (
        <Alert color="yellow" title={t('members.cannotReadTitle')}>
          {t('members.cannotRead')}
        </Alert>
      ) : (
        <Stack gap="lg">
          {!canManage && <Alert color="blue">{t('members.readOnly')}</Alert>}
          <MembersTable members={organisation.members} canManage={canManage} viewerId={user.id} onChanged={reload} />
          {canManage && (
            <Card withBorder radius="md" padding="lg" maw={560}>
              <AddMemberForm
                organisationId={organisation.id}
                onAdded={reload}
                canReadOutbox={organisation.viewerCan.readOutbox}
              />
            </Card>
          )}
          <TwoFactorAdminPanel organisation={organisation} viewerId={user.id} onChanged={reload} />
        </Stack>
      )}
    </Stack>
  );
}
