import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useAppForm } from '../../components/form/index.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useKnownOrganisations } from '../../components/records.ts';
import { useShell } from '../shell/ShellContext.tsx';
import {
  emptyFindingDraft,
  FINDING_FIELDS,
  missingFindingFields,
  recordFindingInput,
  type FindingDraft,
} from './finding-draft.ts';
import { FindingFields } from './FindingFields.tsx';
import { IntervieweesEditor } from './IntervieweesEditor.tsx';
import { useRiskFactorLabels } from './use-risk-factor-labels.ts';

const NewFindingPage_Visit = graphql(`
  query NewFindingPage_Visit($id: ID!) {
    visit(id: $id) {
      id
      startDate
      workingGroup {
        id
      }
      places {
        id
        name
      }
      team {
        id
        user {
          id
        }
      }
    }
  }
`);

const NewFindingPage_RecordFinding = graphql(`
  mutation NewFindingPage_RecordFinding($input: RecordFindingInput!) {
    recordFinding(input: $input) {
      finding {
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

/** "Record a finding" for a visit: `/visits/:visitId/findings/new`. */
export function NewFindingPage() {
  const { visitId = '' } = useParams();
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  usePageTitle(t('findings.new'));
  const { user } = useShell();
  const navigate = useNavigate();
  const labels = useRiskFactorLabels();
  const { workingGroups } = useKnownOrganisations();
  const { data, error, loading, refetch } = useQuery(NewFindingPage_Visit, { variables: { id: visitId } });
  const [recordFinding, { loading: saving }] = useMutation(NewFindingPage_RecordFinding);
  const visit = data?.visit;
  // Personal data is written by the visit team only (art. 21); the server enforces the same rule.
  const onVisitTeam = visit?.team.some((member) => member.user.id === user.id) ?? false;
  // With a single place, that place is the finding's unless someone picks otherwise.
  const placeOf = (draft: FindingDraft) =>
    draft.placeId ?? (visit?.places.length === 1 ? (visit.places[0]?.id ?? null) : null);
  const { form, problems, submitPayload, handleSubmit, errorOf } = useAppForm({
    initialValues: { ...emptyFindingDraft(null), workingGroupId: null as string | null },
    check: (values) => {
      const missing = missingFindingFields({ ...values, placeId: placeOf(values) }, onVisitTeam);
      return Object.fromEntries(missing.map((field) => [field, { key: 'forms.required' as const }]));
    },
    shownPaths: FINDING_FIELDS,
  });

  if (loading && !visit) return <PageLoader />;
  if (!visit) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const values = form.getValues();
  const placeId = placeOf(values);
  const current: FindingDraft = { ...values, placeId };
  const change = (patch: Partial<FindingDraft>) => form.setValues({ placeId, ...patch });
  const workingGroupId = values.workingGroupId ?? visit.workingGroup?.id ?? null;

  const submit = handleSubmit(async (submitted) => {
    const draft: FindingDraft = { ...submitted, placeId: placeOf(submitted) };
    let findingId: string | undefined;
    const ok = await submitPayload(async () => {
      const input = recordFindingInput(draft, visit.id, labels, onVisitTeam && draft.interviewees.length > 0);
      const { data: result } = await recordFinding({
        variables: {
          input: { ...input, workingGroupId: draft.classification === 'WORKING_GROUP' ? workingGroupId : null },
        },
        refetchQueries: ['VisitPage_Visit'],
      });
      findingId = result?.recordFinding.finding?.id;
      return result?.recordFinding.userErrors;
    });
    if (ok && findingId) void navigate(`/findings/${findingId}`);
  });

  return (
    <Stack gap="lg" maw={960}>
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/visits" size="sm">
          {t('visits.title')}
        </Anchor>
        <Anchor component={Link} to={`/visits/${visit.id}`} size="sm">
          {t('visits.visitOf', { places: visit.places.map((place) => place.name).join(', ') })}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('findings.new')}
        </Text>
      </Breadcrumbs>
      <Title order={1}>{t('findings.new')}</Title>

      <form onSubmit={submit} noValidate aria-label={t('findings.new')}>
        <Stack gap="lg">
          {problems}
          <FindingFields
            draft={current}
            onChange={change}
            places={visit.places}
            withClassification
            riskFactorLabels={labels}
            fieldError={errorOf}
          />
          {current.classification === 'WORKING_GROUP' && (
            <Select
              label={t('places.fields.workingGroup')}
              data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
              value={workingGroupId}
              onChange={(value) => form.setFieldValue('workingGroupId', value)}
              required
            />
          )}
          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="new-finding-interviewees">
            <Stack gap="sm">
              <Title order={2} fz="h4" id="new-finding-interviewees">
                {t('interviewees.title')}
              </Title>
              {onVisitTeam ? (
                <IntervieweesEditor
                  interviewees={current.interviewees}
                  onChange={(interviewees) => change({ interviewees })}
                  showMissing={Boolean(errorOf('interviewees'))}
                  error={errorOf('interviewees')}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('interviewees.teamOnly')}
                </Text>
              )}
            </Stack>
          </Card>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={`/visits/${visit.id}`}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('findings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
