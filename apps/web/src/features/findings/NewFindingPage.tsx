import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import type { SortedUserErrors } from '../../lib/user-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { ErrorAlert, formErrors, NO_ERRORS, useKnownOrganisations } from '../../components/records.ts';
import { useShell } from '../shell/ShellContext.tsx';
import {
  emptyFindingDraft,
  FINDING_FIELDS,
  missingFindingFields,
  recordFindingInput,
  type FindingDraft,
  type FindingField,
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
  const [draft, setDraft] = useState<FindingDraft>(emptyFindingDraft(null));
  const [workingGroupId, setWorkingGroupId] = useState<string | null>(null);
  const [errors, setErrors] = useState<SortedUserErrors<FindingField>>(NO_ERRORS);
  const [missing, setMissing] = useState<readonly FindingField[]>([]);
  const [networkError, setNetworkError] = useState(false);
  const visit = data?.visit;

  if (loading && !visit) return <PageLoader />;
  if (!visit) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  // Personal data is written by the visit team only (art. 21); the server enforces the same rule.
  const onVisitTeam = visit.team.some((member) => member.user.id === user.id);
  const placeId = draft.placeId ?? (visit.places.length === 1 ? (visit.places[0]?.id ?? null) : null);
  const current = { ...draft, placeId };
  const change = (patch: Partial<FindingDraft>) => setDraft((previous) => ({ ...previous, placeId, ...patch }));
  const fieldError = (field: FindingField) => {
    if (missing.includes(field)) return t('form.required');
    const key = errors.byField[field];
    return key ? tc(key) : undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setNetworkError(false);
    const absent = missingFindingFields(current, onVisitTeam);
    setMissing(absent);
    if (absent.length > 0) return;
    try {
      const input = recordFindingInput(current, visit.id, labels, onVisitTeam && current.interviewees.length > 0);
      const { data: result } = await recordFinding({
        variables: {
          input: {
            ...input,
            workingGroupId:
              current.classification === 'WORKING_GROUP' ? (workingGroupId ?? visit.workingGroup?.id) : null,
          },
        },
        refetchQueries: ['VisitPage_Visit'],
      });
      const payload = result?.recordFinding;
      if (payload?.finding && payload.userErrors.length === 0) {
        void navigate(`/findings/${payload.finding.id}`);
        return;
      }
      setErrors(formErrors(payload?.userErrors ?? [], FINDING_FIELDS));
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
        <Anchor component={Link} to={`/visits/${visit.id}`} size="sm">
          {t('visits.visitOf', { places: visit.places.map((place) => place.name).join(', ') })}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('findings.new')}
        </Text>
      </Breadcrumbs>
      <Title order={1}>{t('findings.new')}</Title>

      <form onSubmit={(event) => void submit(event)} aria-label={t('findings.new')}>
        <Stack gap="lg">
          <ErrorAlert
            messages={[...(networkError ? [tc('errors.network')] : []), ...errors.general.map((key) => tc(key))]}
          />
          <FindingFields
            draft={current}
            onChange={change}
            places={visit.places}
            withClassification
            riskFactorLabels={labels}
            fieldError={fieldError}
          />
          {current.classification === 'WORKING_GROUP' && (
            <Select
              label={t('places.fields.workingGroup')}
              data={workingGroups.map((group) => ({ value: group.id, label: group.name }))}
              value={workingGroupId ?? visit.workingGroup?.id ?? null}
              onChange={setWorkingGroupId}
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
                  showMissing={missing.includes('interviewees')}
                  error={fieldError('interviewees')}
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
