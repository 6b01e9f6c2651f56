import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { FindingPage_DetailsFragment } from '../../__generated__/graphql.ts';
import type { SortedUserErrors } from '../../lib/user-errors.ts';
import { ErrorAlert, formErrors, hasConflict, NO_ERRORS } from '../../components/records.ts';
import {
  draftOfFinding,
  FINDING_FIELDS,
  missingFindingFields,
  updateFindingInput,
  type FindingDraft,
  type FindingField,
} from './finding-draft.ts';
import { FindingFields } from './FindingFields.tsx';
import { IntervieweesEditor } from './IntervieweesEditor.tsx';
import { IntervieweesView } from './IntervieweesView.tsx';
import { useRiskFactorLabels } from './use-risk-factor-labels.ts';

const FindingEditor_Update = graphql(`
  mutation FindingEditor_Update($input: UpdateFindingInput!) {
    updateFinding(input: $input) {
      finding {
        id
        ...FindingPage_Details
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface Props {
  finding: FindingPage_DetailsFragment;
  onDone: () => void;
  /** Reloads the finding after a conflict; the editor restarts from the new version. */
  onReload: () => Promise<unknown>;
}

/** Edit mode of a finding, with optimistic concurrency: a stale version is reported, never overwritten. */
export function FindingEditor({ finding, onDone, onReload }: Props) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const labels = useRiskFactorLabels();
  const [original, setOriginal] = useState(() => draftOfFinding(finding));
  const [version, setVersion] = useState(finding.version);
  const [draft, setDraft] = useState<FindingDraft>(original);
  const [errors, setErrors] = useState<SortedUserErrors<FindingField>>(NO_ERRORS);
  const [missing, setMissing] = useState<readonly FindingField[]>([]);
  const [conflict, setConflict] = useState(false);
  const [networkError, setNetworkError] = useState(false);
  const [update, { loading }] = useMutation(FindingEditor_Update);
  const personal = finding.viewerCanReadPersonalData;

  const fieldError = (field: FindingField) => {
    if (missing.includes(field)) return t('form.required');
    const key = errors.byField[field];
    return key ? tc(key) : undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setConflict(false);
    setNetworkError(false);
    const absent = missingFindingFields(draft, personal);
    setMissing(absent);
    if (absent.length > 0) return;
    try {
      const { data } = await update({
        variables: { input: updateFindingInput(finding.id, version, original, draft, labels, personal) },
      });
      const payload = data?.updateFinding;
      if (payload?.finding && payload.userErrors.length === 0) {
        onDone();
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      if (hasConflict(userErrors)) setConflict(true);
      else setErrors(formErrors(userErrors, FINDING_FIELDS));
    } catch {
      setNetworkError(true);
    }
  };

  const reload = async () => {
    const result = (await onReload().catch(() => null)) as { data?: { finding?: FindingPage_DetailsFragment } } | null;
    const fresh = result?.data?.finding;
    if (!fresh) return;
    const restarted = draftOfFinding(fresh);
    setOriginal(restarted);
    setDraft(restarted);
    setVersion(fresh.version);
    setConflict(false);
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('findings.edit')}>
      <Stack gap="lg">
        {conflict && (
          <Alert color="orange" role="alert" title={t('findings.conflictTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('findings.conflictBody')}</Text>
              <Button size="xs" variant="light" color="orange" onClick={() => void reload()}>
                {t('findings.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        <ErrorAlert
          messages={[...(networkError ? [tc('errors.network')] : []), ...errors.general.map((key) => tc(key))]}
        />
        <FindingFields
          draft={draft}
          onChange={(patch) => setDraft((previous) => ({ ...previous, ...patch }))}
          places={null}
          withClassification={false}
          riskFactorLabels={labels}
          fieldError={fieldError}
        />
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="edit-finding-interviewees">
          <Stack gap="sm">
            <Title order={2} fz="h4" id="edit-finding-interviewees">
              {t('interviewees.title')}
            </Title>
            {personal ? (
              <IntervieweesEditor
                interviewees={draft.interviewees}
                onChange={(interviewees) => setDraft((previous) => ({ ...previous, interviewees }))}
                showMissing={missing.includes('interviewees')}
                error={fieldError('interviewees')}
              />
            ) : (
              <IntervieweesView interviewees={finding.interviewees} viewerCanReadPersonalData={false} />
            )}
          </Stack>
        </Card>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {tc('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('findings.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
