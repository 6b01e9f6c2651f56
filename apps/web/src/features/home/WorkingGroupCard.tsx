import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { WorkingGroupCard_WorkingGroupFragment } from '../../__generated__/graphql.ts';
import { countryName } from '../../lib/format.ts';

graphql(`
  fragment WorkingGroupCard_WorkingGroup on WorkingGroup {
    id
    name
    kind
    countryCode
    region
    members {
      id
      role
      organisation {
        id
      }
    }
  }
`);

interface Props {
  group: WorkingGroupCard_WorkingGroupFragment;
  /** The current organisation, to show its role in the group. */
  organisationId: string;
}

export function WorkingGroupCard({ group, organisationId }: Props) {
  const { t, i18n } = useTranslation();
  const ownRole = group.members.find((member) => member.organisation.id === organisationId)?.role;
  const place = group.countryCode ? countryName(group.countryCode, i18n.language) : group.region;

  return (
    <Card withBorder radius="md" padding="lg" component="article">
      <Stack gap="xs" h="100%">
        <Badge variant="light" color="grape" style={{ alignSelf: 'flex-start' }}>
          {t(`enums.WorkingGroupKind.${group.kind}`)}
        </Badge>
        <Anchor component={Link} to={`/working-groups/${group.id}`} fw={600} fz="lg">
          {group.name}
        </Anchor>
        {place && (
          <Text size="sm" c="dimmed">
            {place}
          </Text>
        )}
        <Group gap="md" mt="auto" pt="xs">
          <Text size="sm">{t('home.organisationCount', { count: group.members.length })}</Text>
          {ownRole && (
            <Text size="sm" c="dimmed">
              {t('home.ownRole', { role: t(`enums.WorkingGroupRole.${ownRole}`) })}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
