import { useQuery } from '@apollo/client/react';
import { Button, Group, Radio, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { EXPERTISES, GENDERS, isOneOf } from '../../lib/enums.ts';
import { addToTeam, removeFromTeam, setTeamLeader, updateTeamMember, type TeamDraftMember } from './team.ts';

const TeamBuilder_Members = graphql(`
  query TeamBuilder_Members($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      members {
        id
        user {
          id
          displayName
        }
      }
    }
  }
`);

interface Props {
  organisationId: string;
  team: readonly TeamDraftMember[];
  onChange: (team: TeamDraftMember[]) => void;
  /** Members whose expertise or gender is missing, highlighted after a submit attempt. */
  incomplete: readonly string[];
  error?: string | undefined;
}

/** Chooses the visit team among the members of the owner organisation, with expertise, gender and leader. */
export function TeamBuilder({ organisationId, team, onChange, incomplete, error }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const { data, loading } = useQuery(TeamBuilder_Members, { variables: { organisationId } });
  const [candidate, setCandidate] = useState<string | null>(null);
  const members = [...(data?.organisation.members ?? [])].sort((a, b) =>
    a.user.displayName.localeCompare(b.user.displayName, i18n.language),
  );
  const nameOf = (userId: string) => members.find((member) => member.user.id === userId)?.user.displayName ?? userId;
  const available = members.filter((member) => !team.some((chosen) => chosen.userId === member.user.id));

  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('visits.team.add')}
          data={available.map((member) => ({ value: member.user.id, label: member.user.displayName }))}
          value={candidate}
          onChange={setCandidate}
          searchable
          disabled={loading}
          // Enter picks a person; it never submits the plan (with the list closed it would plan the visit
          // half-filled). Mantine still chooses the highlighted option on Enter.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
          nothingFoundMessage={t('visits.team.nobodyLeft')}
          w={300}
          error={error}
        />
        <Button
          variant="light"
          disabled={!candidate}
          onClick={() => {
            if (!candidate) return;
            onChange(addToTeam(team, candidate));
            setCandidate(null);
          }}
        >
          {t('visits.team.addButton')}
        </Button>
      </Group>

      {team.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('visits.team.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="team-builder">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('visits.team.person')}</Table.Th>
                <Table.Th scope="col">{t('visits.team.expertise')}</Table.Th>
                <Table.Th scope="col">{t('visits.team.gender')}</Table.Th>
                <Table.Th scope="col">{t('visits.team.leader')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('visits.team.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.map((member) => {
                const name = nameOf(member.userId);
                const missing = incomplete.includes(member.userId);
                return (
                  <Table.Tr key={member.userId}>
                    <Table.Th scope="row" fw={500}>
                      {name}
                    </Table.Th>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={t('visits.team.expertiseOf', { name })}
                        data={EXPERTISES.map((value) => ({ value, label: t(`enums.Expertise.${value}`) }))}
                        value={member.expertise}
                        onChange={(value) =>
                          onChange(
                            updateTeamMember(team, member.userId, {
                              expertise: isOneOf(EXPERTISES, value) ? value : null,
                            }),
                          )
                        }
                        error={missing && !member.expertise ? t('form.required') : undefined}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={t('visits.team.genderOf', { name })}
                        data={GENDERS.map((value) => ({ value, label: t(`enums.Gender.${value}`) }))}
                        value={member.gender}
                        onChange={(value) =>
                          onChange(
                            updateTeamMember(team, member.userId, { gender: isOneOf(GENDERS, value) ? value : null }),
                          )
                        }
                        error={missing && !member.gender ? t('form.required') : undefined}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Radio
                        name="team-leader"
                        aria-label={t('visits.team.leaderOf', { name })}
                        checked={member.leader}
                        onChange={() => onChange(setTeamLeader(team, member.userId))}
                      />
                    </Table.Td>
                    <Table.Td ta="end">
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('visits.team.removeNamed', { name })}
                        onClick={() => onChange(removeFromTeam(team, member.userId))}
                      >
                        {t('visits.team.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
