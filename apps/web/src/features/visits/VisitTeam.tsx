import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Expertise, Gender } from '../../lib/enums.ts';

interface Member {
  readonly id: string;
  readonly expertise: Expertise;
  readonly gender: Gender;
  readonly leader: boolean;
  readonly user: { readonly id: string; readonly displayName: string };
}

/** The visit team: leader first, with each person's expertise and gender. */
export function VisitTeam({ team }: { team: readonly Member[] }) {
  const { t } = useTranslation('monitoring');
  if (team.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('visits.team.none')}
      </Text>
    );
  }
  const ordered = [...team].sort((a, b) => Number(b.leader) - Number(a.leader));
  return (
    <List spacing={6} listStyleType="none" data-testid="visit-team">
      {ordered.map((member) => (
        <List.Item key={member.id}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={500}>
              {member.user.displayName}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`enums.Expertise.${member.expertise}`)} · {t(`enums.Gender.${member.gender}`)}
            </Text>
            {member.leader && (
              <Badge size="xs" variant="light">
                {t('visits.team.leader')}
              </Badge>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
