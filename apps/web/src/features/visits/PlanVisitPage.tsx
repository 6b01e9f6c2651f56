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
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { isOneOf, VISIT_TYPES, type Classification, type VisitType } from '../../lib/enums.ts';
import type { SortedUserErrors } from '../../lib/user-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import {
  ClassificationPicker,
  ErrorAlert,
  formErrors,
  NO_ERRORS,
  useKnownOrganisations,
} from '../../components/records.ts';
import { useShell } from '../shell/ShellContext.tsx';
import { incompleteMembers, teamInput, type TeamDraftMember } from './team.ts';
import { TeamBuilder } from './TeamBuilder.tsx';

const PlanVisitPage_Places = graphql(`
  query PlanVisitPage_Places {
    places(limit: 500) {
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

const FIELDS = [
  'placeIds',
  'type',
  'startDate',
  'endDate',
  'objectives',
  'team',
  'classification',
  'workingGroupId',
] as const;
type Field = (typeof FIELDS)[number];

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
  const [placeIds, setPlaceIds] = useState<string[]>(searchParams.getAll('placeId'));
  const [type, setType] = useState<VisitType>('IN_DEPTH');
  const [announced, setAnnounced] = useState(false);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [objectives, setObjectives] = useState('');
  const [team, setTeam] = useState<TeamDraftMember[]>([]);
  const [classification, setClassification] = useState<Classification>('ORGANISATION');
  const [workingGroupId, setWorkingGroupId] = useState<string | null>(null);
  const [errors, setErrors] = useState<SortedUserErrors<Field>>(NO_ERRORS);
  const [missing, setMissing] = useState<readonly Field[]>([]);
  const [incomplete, setIncomplete] = useState<readonly string[]>([]);
  const [networkError, setNetworkError] = useState(false);

  if (!current) return <Alert color="blue">{tc('home.noOrganisation')}</Alert>;

  const fieldError = (field: Field) => {
    if (missing.includes(field)) return t('form.required');
    const key = errors.byField[field];
    return key ? tc(key) : undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setNetworkError(false);
    const absent: Field[] = [
      ...(placeIds.length ? [] : ['placeIds' as const]),
      ...(startDate ? [] : ['startDate' as const]),
    ];
    setMissing(absent);
    setIncomplete(incompleteMembers(team));
    const teamValue = teamInput(team);
    if (absent.length > 0 || !teamValue) return;
    try {
      const { data } = await planVisit({
        variables: {
          input: {
            placeIds,
            type,
            announced,
            startDate,
            endDate: endDate || null,
            objectives: objectives.trim() || null,
            team: teamValue,
            classification,
            workingGroupId,
            ownerOrganisationId: current.organisation.id,
          },
        },
        refetchQueries: ['VisitsPage_Visits'],
      });
      const payload = data?.planVisit;
      if (payload?.visit && payload.userErrors.length === 0) {
        void navigate(`/visits/${payload.visit.id}`);
        return;
      }
      setErrors(formErrors(payload?.userErrors ?? [], FIELDS));
    } catch {
      setNetworkError(true);
    }
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

      <form onSubmit={(event) => void submit(event)} aria-label={t('visits.plan.title')}>
        <Stack gap="md">
          <ErrorAlert
            messages={[...(networkError ? [tc('errors.network')] : []), ...errors.general.map((key) => tc(key))]}
          />
          <MultiSelect
            label={t('visits.fields.places')}
            required
            data={(places.data?.places.nodes ?? []).map((place) => ({
              value: place.id,
              label: place.region ? `${place.name} (${place.region})` : place.name,
            }))}
            value={placeIds}
            onChange={setPlaceIds}
            searchable
            disabled={places.loading}
            nothingFoundMessage={t('visits.fields.noPlaces')}
            error={fieldError('placeIds')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('visits.fields.type')}
              data={VISIT_TYPES.map((value) => ({ value, label: t(`enums.VisitType.${value}`) }))}
              value={type}
              allowDeselect={false}
              onChange={(value) => {
                if (isOneOf(VISIT_TYPES, value)) setType(value);
              }}
              error={fieldError('type')}
            />
            <TextInput
              type="date"
              label={t('visits.fields.startDate')}
              required
              value={startDate}
              onChange={(event) => setStartDate(event.currentTarget.value)}
              error={fieldError('startDate')}
            />
            <TextInput
              type="date"
              label={t('visits.fields.endDate')}
              min={startDate || undefined}
              value={endDate}
              onChange={(event) => setEndDate(event.currentTarget.value)}
              error={fieldError('endDate')}
            />
          </SimpleGrid>
          <Switch
            label={t('visits.fields.announced')}
            description={t('visits.fields.announcedHint')}
            checked={announced}
            onChange={(event) => setAnnounced(event.currentTarget.checked)}
          />
          <Textarea
            label={t('visits.fields.objectives')}
            autosize
            minRows={3}
            maxRows={12}
            value={objectives}
            onChange={(event) => setObjectives(event.currentTarget.value)}
            error={fieldError('objectives')}
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
                team={team}
                onChange={setTeam}
                incomplete={incomplete}
                error={fieldError('team')}
              />
            </Stack>
          </Card>

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ClassificationPicker
              value={classification}
              onChange={setClassification}
              error={fieldError('classification')}
            />
            <Select
              label={t('places.fields.workingGroup')}
              description={t('places.fields.workingGroupHint')}
              data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
              value={workingGroupId}
              onChange={setWorkingGroupId}
              clearable
              required={classification === 'WORKING_GROUP'}
              error={fieldError('workingGroupId')}
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
