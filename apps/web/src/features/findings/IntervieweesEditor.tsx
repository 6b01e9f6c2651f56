import { Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntervieweeDraft } from './finding-draft.ts';
import { PersonalDataNote } from './PersonalDataNote.tsx';

interface Props {
  interviewees: readonly IntervieweeDraft[];
  onChange: (interviewees: IntervieweeDraft[]) => void;
  /** Set after a submit attempt: blank pseudonyms and identities are marked. */
  showMissing: boolean;
  error?: string | undefined;
}

let nextKey = 0;

/** Persons interviewed, for the visit team only: pseudonym plus the personal data that never leaves the team. */
export function IntervieweesEditor({ interviewees, onChange, showMissing, error }: Props) {
  const { t } = useTranslation('monitoring');
  const update = (key: string, patch: Partial<IntervieweeDraft>) =>
    onChange(interviewees.map((person) => (person.key === key ? { ...person, ...patch } : person)));
  const add = () => {
    nextKey += 1;
    onChange([
      ...interviewees,
      { key: `new-${nextKey}`, pseudonym: '', identity: '', contact: '', medicalNotes: '', atRisk: false },
    ]);
  };

  return (
    <Stack gap="sm">
      <PersonalDataNote />
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {interviewees.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('interviewees.empty')}
        </Text>
      )}
      {interviewees.map((person, index) => {
        const number = index + 1;
        const required = (value: string) => (showMissing && !value.trim() ? t('form.required') : undefined);
        return (
          <Card key={person.key} withBorder padding="sm" radius="sm">
            <Stack gap="xs">
              <Group justify="space-between">
                <Text size="sm" fw={600}>
                  {t('interviewees.person', { number })}
                </Text>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('interviewees.removeNumbered', { number })}
                  onClick={() => onChange(interviewees.filter((other) => other.key !== person.key))}
                >
                  {t('interviewees.remove')}
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('interviewees.pseudonymNumbered', { number })}
                  description={t('interviewees.pseudonymHint')}
                  required
                  value={person.pseudonym}
                  onChange={(event) => update(person.key, { pseudonym: event.currentTarget.value })}
                  error={required(person.pseudonym)}
                />
                <TextInput
                  label={t('interviewees.identityNumbered', { number })}
                  required
                  value={person.identity}
                  onChange={(event) => update(person.key, { identity: event.currentTarget.value })}
                  error={required(person.identity)}
                />
              </SimpleGrid>
              <TextInput
                label={t('interviewees.contactNumbered', { number })}
                value={person.contact}
                onChange={(event) => update(person.key, { contact: event.currentTarget.value })}
              />
              <Textarea
                label={t('interviewees.medicalNotesNumbered', { number })}
                autosize
                minRows={2}
                value={person.medicalNotes}
                onChange={(event) => update(person.key, { medicalNotes: event.currentTarget.value })}
              />
              <Checkbox
                label={t('interviewees.atRiskNumbered', { number })}
                description={t('interviewees.atRiskHint')}
                checked={person.atRisk}
                onChange={(event) => update(person.key, { atRisk: event.currentTarget.checked })}
              />
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button variant="light" size="xs" onClick={add}>
          {t('interviewees.add')}
        </Button>
      </Group>
    </Stack>
  );
}
