import { colon } from '@opcat/domain';
import { Anchor, Badge, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PersonalDataNote } from './PersonalDataNote.tsx';

interface Interviewee {
  readonly id: string;
  readonly pseudonym: string;
  readonly identity: string | null;
  readonly contact: string | null;
  readonly medicalNotes: string | null;
  readonly atRisk?: boolean | null;
  readonly welfareCheckDueOn?: string | null;
}

interface Props {
  interviewees: readonly Interviewee[];
  /** The visit the interviews belong to: a report of reprisals starts from it. */
  visitId?: string | null;
  /** The API's decision (`viewerCanReadPersonalData`); personal data is not rendered otherwise. */
  viewerCanReadPersonalData: boolean;
}

/** Interviewees as read: pseudonyms for everyone, personal data only for the owner's visit team. */
export function IntervieweesView({ interviewees, viewerCanReadPersonalData, visitId }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  return (
    <Stack gap="sm">
      {viewerCanReadPersonalData ? (
        <PersonalDataNote />
      ) : (
        <Text size="sm" c="dimmed">
          {t('interviewees.pseudonymsOnly')}
        </Text>
      )}
      {interviewees.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('interviewees.empty')}
        </Text>
      )}
      {interviewees.map((person) => (
        <Card key={person.id} withBorder padding="sm" radius="sm" data-testid="interviewee">
          <Text size="sm" fw={600}>
            {person.pseudonym}
          </Text>
          {viewerCanReadPersonalData && (
            <Stack gap={2} mt={4}>
              {person.identity && (
                <Text size="sm">
                  <Text span fw={500}>
                    {t('interviewees.identity')}
                    {colon(i18n.language)}
                  </Text>{' '}
                  {person.identity}
                </Text>
              )}
              {person.contact && (
                <Text size="sm">
                  <Text span fw={500}>
                    {t('interviewees.contact')}
                    {colon(i18n.language)}
                  </Text>{' '}
                  {person.contact}
                </Text>
              )}
              {person.atRisk && (
                <Stack gap={2}>
                  <Badge color="red" variant="light">
                    {t('interviewees.atRisk')}
                  </Badge>
                  {person.welfareCheckDueOn && (
                    <Text size="sm">{t('interviewees.welfareCheckDue', { date: person.welfareCheckDueOn })}</Text>
                  )}
                  <Anchor
                    component={Link}
                    to={`/reprisals/new?pseudonym=${encodeURIComponent(person.pseudonym)}${visitId ? `&visit=${visitId}` : ''}`}
                    size="sm"
                  >
                    {t('interviewees.reportReprisal')}
                  </Anchor>
                </Stack>
              )}
              {person.medicalNotes && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <Text span fw={500}>
                    {t('interviewees.medicalNotes')}
                    {colon(i18n.language)}
                  </Text>{' '}
                  {person.medicalNotes}
                </Text>
              )}
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}
