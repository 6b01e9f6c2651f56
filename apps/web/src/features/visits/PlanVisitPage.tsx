import { useMutation, useQuery } from '@apollo/client/react';
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
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { all, LocalDateInput, localDate, notBefore, required, useAppForm } from '../../components/form/index.ts';
import { VISIT_TYPES, type Classification, type VisitType } from '../../lib/enums.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ClassificationPicker, useKnownOrganisations } from '../../components/records.ts';
import { useShell } from '../shell/ShellContext.tsx';
import { incompleteMembers, teamInput, type TeamDraftMember } from './team.ts';
import { TeamBuilder } from './TeamBuilder.tsx';

const PlanVisitPage_Places = graphql(`
  query PlanVisitPage_Places {
    places(limit: 200) {
      nodes {
        id
        name
        region
      }
    }
  }
`);

const PlanVisitPage_PlanVisit = graphql(`
  mutation PlanVisitPage_PlanVisit($input: PlanVisitInput!) {
    planVisit(input: $input) {
      visit {
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

/** Plans a visit for the viewer's current organisation: places, dates, team and who may read it. */
export function PlanVisitPage() {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  usePageTitle(t('visits.plan.title'));
  const { current } = useShell();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const places = useQuery(PlanVisitPage_Places);
  const { workingGroups } = useKnownOrganisations();
  const [planVisit, { loading }] = useMutation(PlanVisitPage_PlanVisit);
  const { form, problems, submitPayload, handleSubmit, field } = useAppForm({
    initialValues: {
      placeIds: searchParams.getAll('placeId'),
      type: 'IN_DEPTH' as VisitType,
      announced: false,
      startDate: '',
      endDate: '',
      objectives: '',
      team: [] as TeamDraftMember[],
      classification: 'ORGANISATION' as Classification,
      workingGroupId: null as string | null,
    },
    rules: {
      placeIds: required,
      startDate: all(required, localDate),
      endDate: all(
        localDate,
        notBefore((values: { startDate: string }) => values.startDate),
      ),
      workingGroupId: (value, values) => (values.classification === 'WORKING_GROUP' ? required(value, values) : null),
    },
  });
  const [incomplete, setIncomplete] = useState<readonly string[]>([]);
  const values = form.getValues();

  if (!current) return <Alert color="blue">{tc('home.noOrganisation')}</Alert>;

  const plan = handleSubmit(async (input) => {
    const team = teamInput(input.team);
    if (!team) return;
    let visitId: string | undefined;
    const ok = await submitPayload(async () => {
      const { data } = await planVisit({
        variables: {
          input: {
            placeIds: input.placeIds,
            type: input.type,
            announced: input.announced,
            startDate: input.startDate,
            endDate: input.endDate || null,
            objectives: input.objectives.trim() || null,
            team,
            classification: input.classification,
            workingGroupId: input.workingGroupId,
            ownerOrganisationId: current.organisation.id,
          },
        },
        refetchQueries: ['VisitsPage_Visits'],
      });
      visitId = data?.planVisit.visit?.id;
      return data?.planVisit.userErrors;
    });
    if (ok && visitId) void navigate(`/visits/${visitId}`);
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    // Missing expertise or gender is shown on the team table's rows rather than as one message.
    setIncomplete(incompleteMembers(values.team));
    plan(event);
  };

  return (
    <Stack gap="lg" maw={960}>
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/visits" size="sm">
          {t('visits.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('visits.plan.title')}
        </Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1}>{t('visits.plan.title')}</Title>
        <Text c="dimmed">{t('visits.plan.intro', { organisation: current.organisation.name })}</Text>
      </Stack>

      <form onSubmit={submit} noValidate aria-label={t('visits.plan.title')}>
        <Stack gap="md">
          {problems}
          <MultiSelect
            label={t('visits.fields.places')}
            required
            data={(places.data?.places.nodes ?? []).map((place) => ({
              value: place.id,
              label: place.region ? `${place.name} (${place.region})` : place.name,
            }))}
            {...form.getInputProps('placeIds')}
            searchable
            disabled={places.loading}
            nothingFoundMessage={t('visits.fields.noPlaces')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('visits.fields.type')}
              data={VISIT_TYPES.map((value) => ({ value, label: t(`enums.VisitType.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('type')}
            />
            <LocalDateInput label={t('visits.fields.startDate')} required {...form.getInputProps('startDate')} />
            <LocalDateInput
              label={t('visits.fields.endDate')}
              min={values.startDate}
              {...form.getInputProps('endDate')}
            />
          </SimpleGrid>
          <Switch
            label={t('visits.fields.announced')}
            description={t('visits.fields.announcedHint')}
            {...form.getInputProps('announced', { type: 'checkbox' })}
          />
          <Textarea
            label={t('visits.fields.objectives')}
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps('objectives')}
          />

          <Card withBorder radius="md" padding="md">
            <Stack gap="xs">
              <Title order={2} fz="h4">
                {t('visits.team.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('visits.team.hint')}
              </Text>
              <TeamBuilder
                organisationId={current.organisation.id}
                team={values.team}
                onChange={field('team').onChange}
                incomplete={incomplete}
                error={field('team').error}
              />
            </Stack>
          </Card>

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ClassificationPicker {...field('classification')} />
            <Select
              label={t('places.fields.workingGroup')}
              description={t('places.fields.workingGroupHint')}
              data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
              clearable
              required={values.classification === 'WORKING_GROUP'}
              {...form.getInputProps('workingGroupId')}
            />
          </SimpleGrid>

          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to="/visits">
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('visits.plan.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
