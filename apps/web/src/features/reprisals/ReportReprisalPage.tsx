import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { isOneOf, REPRISAL_FORMS, type ReprisalForm } from '../../lib/enums.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { todayLocalDate } from '../../components/records.ts';
import { usePayloadForm } from '../recommendations/payload-form.tsx';
import { useShell } from '../shell/ShellContext.tsx';
import { ReprisalNotice } from './ReprisalNotice.tsx';
import { visitLabel } from './visit-label.ts';

const ReportReprisalPage_Options = graphql(`
  query ReportReprisalPage_Options($organisationId: ID!) {
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
    visits(limit: 200) {
      nodes {
        id
        type
        startDate
        places {
          id
          name
        }
      }
    }
  }
`);

const ReportReprisalPage_Report = graphql(`
  mutation ReportReprisalPage_Report($input: ReportReprisalInput!) {
    reportReprisal(input: $input) {
      incident {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const FIELDS = [
  'personPseudonym',
  'occurredOn',
  'form',
  'description',
  'actionTaken',
  'relatedVisitId',
  'namedUserIds',
] as const;

/** Records a reprisal incident, readable only by the people it names (the reporter always among them). */
export function ReportReprisalPage() {
  const { t, i18n } = useTranslation('tracker');
  const { t: tm } = useTranslation('monitoring');
  usePageTitle(t('reprisals.new.title'));
  const navigate = useNavigate();
  const { user, current } = useShell();
  const { data } = useQuery(
    ReportReprisalPage_Options,
    current ? { variables: { organisationId: current.organisation.id } } : skipToken,
  );
  const [report, { loading }] = useMutation(ReportReprisalPage_Report);
  const { submit, fieldError, problems } = usePayloadForm(FIELDS);

  const [pseudonym, setPseudonym] = useState('');
  const [occurredOn, setOccurredOn] = useState(todayLocalDate());
  const [form, setForm] = useState<ReprisalForm | null>(null);
  const [description, setDescription] = useState('');
  const [actionTaken, setActionTaken] = useState('');
  const [relatedVisitId, setRelatedVisitId] = useState<string | null>(null);
  const [namedUserIds, setNamedUserIds] = useState<string[]>([]);

  const colleagues = useMemo(
    () =>
      (data?.organisation.members ?? [])
        .filter((member) => member.user.id !== user.id)
        .map((member) => ({ value: member.user.id, label: member.user.displayName }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [data, user.id, i18n.language],
  );
  const visits = useMemo(
    () =>
      [...(data?.visits.nodes ?? [])]
        .sort((a, b) => b.startDate.localeCompare(a.startDate))
        .map((visit) => ({
          value: visit.id,
          label: visitLabel(visit, i18n.language, tm(`enums.VisitType.${visit.type}`)),
        })),
    [data, i18n.language, tm],
  );

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form) return;
    let incidentId: string | undefined;
    const ok = await submit(async () => {
      const result = await report({
        variables: {
          input: {
            personPseudonym: pseudonym.trim(),
            occurredOn,
            form,
            description: description.trim() || null,
            actionTaken: actionTaken.trim() || null,
            relatedVisitId,
            namedUserIds,
          },
        },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'reprisalIncidents' });
          cache.gc();
        },
      });
      incidentId = result.data?.reportReprisal.incident?.id;
      return result.data?.reportReprisal.userErrors;
    });
    if (ok && incidentId) void navigate(`/reprisals/${incidentId}`);
  };

  return (
    <Stack gap="lg" maw={860}>
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/reprisals" size="sm">
          {t('reprisals.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('reprisals.new.title')}
        </Text>
      </Breadcrumbs>
      <Title order={1}>{t('reprisals.new.title')}</Title>
      <ReprisalNotice />
      {!current && <Alert color="blue">{t('issue.noOrganisation')}</Alert>}

      <Card withBorder radius="md" padding="lg">
        <form onSubmit={(event) => void handleSubmit(event)} aria-label={t('reprisals.new.title')}>
          <Stack gap="md">
            {problems}
            <TextInput
              label={t('reprisals.fields.pseudonym')}
              description={t('reprisals.fields.pseudonymWarning')}
              required
              autoComplete="off"
              value={pseudonym}
              onChange={(event) => setPseudonym(event.currentTarget.value)}
              error={fieldError('personPseudonym')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                type="date"
                label={t('reprisals.fields.occurredOn')}
                required
                max={todayLocalDate()}
                value={occurredOn}
                onChange={(event) => setOccurredOn(event.currentTarget.value)}
                error={fieldError('occurredOn')}
              />
              <Select
                label={t('reprisals.fields.form')}
                required
                data={REPRISAL_FORMS.map((value) => ({ value, label: t(`enums.ReprisalForm.${value}`) }))}
                value={form}
                onChange={(value) => setForm(isOneOf(REPRISAL_FORMS, value) ? value : null)}
                error={fieldError('form')}
              />
            </SimpleGrid>
            <Textarea
              label={t('reprisals.fields.description')}
              description={t('reprisals.fields.descriptionHint')}
              autosize
              minRows={4}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              error={fieldError('description')}
            />
            <Textarea
              label={t('reprisals.fields.actionTaken')}
              autosize
              minRows={2}
              value={actionTaken}
              onChange={(event) => setActionTaken(event.currentTarget.value)}
              error={fieldError('actionTaken')}
            />
            <Select
              label={t('reprisals.fields.relatedVisit')}
              data={visits}
              value={relatedVisitId}
              onChange={setRelatedVisitId}
              searchable
              clearable
              nothingFoundMessage={t('links.nothingFound')}
              error={fieldError('relatedVisitId')}
            />
            <MultiSelect
              label={t('reprisals.fields.namedUsers')}
              description={t('reprisals.fields.namedUsersHint')}
              data={colleagues}
              value={namedUserIds}
              onChange={setNamedUserIds}
              searchable
              clearable
              nothingFoundMessage={t('links.nothingFound')}
              error={fieldError('namedUserIds')}
            />
            <Group justify="flex-end" mt="sm">
              <Button component={Link} to="/reprisals" variant="default">
                {t('form.cancel')}
              </Button>
              <Button type="submit" color="red" loading={loading} disabled={!current || !form || !pseudonym.trim()}>
                {t('reprisals.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
