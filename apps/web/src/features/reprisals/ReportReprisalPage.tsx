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
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { all, LocalDateInput, localDate, notAfter, required, useAppForm } from '../../components/form/index.ts';
import { isOneOf, REPRISAL_FORMS } from '../../lib/enums.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { todayLocalDate } from '../../components/records.ts';
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
  const today = todayLocalDate();
  // Field names follow the API input, so its userErrors land on them; `form` is the form of reprisal.
  // An interviewee flagged at risk links here with their pseudonym and visit already filled in.
  const [params] = useSearchParams();
  const app = useAppForm({
    initialValues: {
      personPseudonym: params.get('pseudonym') ?? '',
      occurredOn: today,
      form: null as string | null,
      description: '',
      actionTaken: '',
      relatedVisitId: params.get('visit'),
      namedUserIds: [] as string[],
    },
    rules: {
      personPseudonym: required,
      occurredOn: all(required, localDate, notAfter(today)),
      form: required,
    },
  });

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

  const submit = app.handleSubmit(async (values) => {
    if (!isOneOf(REPRISAL_FORMS, values.form)) return;
    const form = values.form;
    let incidentId: string | undefined;
    const ok = await app.submitPayload(async () => {
      const result = await report({
        variables: {
          input: {
            personPseudonym: values.personPseudonym.trim(),
            occurredOn: values.occurredOn,
            form,
            description: values.description.trim() || null,
            actionTaken: values.actionTaken.trim() || null,
            relatedVisitId: values.relatedVisitId,
            namedUserIds: values.namedUserIds,
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
  });

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
        <form onSubmit={submit} noValidate aria-label={t('reprisals.new.title')}>
          <Stack gap="md">
            {app.problems}
            <TextInput
              label={t('reprisals.fields.pseudonym')}
              description={t('reprisals.fields.pseudonymWarning')}
              required
              autoComplete="off"
              {...app.form.getInputProps('personPseudonym')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <LocalDateInput
                label={t('reprisals.fields.occurredOn')}
                required
                max={today}
                {...app.form.getInputProps('occurredOn')}
              />
              <Select
                label={t('reprisals.fields.form')}
                required
                data={REPRISAL_FORMS.map((value) => ({ value, label: t(`enums.ReprisalForm.${value}`) }))}
                {...app.form.getInputProps('form')}
              />
            </SimpleGrid>
            <Textarea
              label={t('reprisals.fields.description')}
              description={t('reprisals.fields.descriptionHint')}
              autosize
              minRows={4}
              {...app.form.getInputProps('description')}
            />
            <Textarea
              label={t('reprisals.fields.actionTaken')}
              autosize
              minRows={2}
              {...app.form.getInputProps('actionTaken')}
            />
            <Select
              label={t('reprisals.fields.relatedVisit')}
              data={visits}
              {...app.form.getInputProps('relatedVisitId')}
              searchable
              clearable
              nothingFoundMessage={t('links.nothingFound')}
            />
            <MultiSelect
              label={t('reprisals.fields.namedUsers')}
              description={t('reprisals.fields.namedUsersHint')}
              data={colleagues}
              {...app.form.getInputProps('namedUserIds')}
              searchable
              clearable
              nothingFoundMessage={t('links.nothingFound')}
            />
            <Group justify="flex-end" mt="sm">
              <Button component={Link} to="/reprisals" variant="default">
                {t('form.cancel')}
              </Button>
              <Button type="submit" color="red" loading={loading} disabled={!current}>
                {t('reprisals.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
