import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { FindingPage_DetailsFragment } from '../../__generated__/graphql.ts';
import { hasConflict, useAppForm } from '../../components/form/index.ts';
import { draftOfFinding, FINDING_FIELDS, missingFindingFields, updateFindingInput } from './finding-draft.ts';
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
  const [conflict, setConflict] = useState(false);
  const [update, { loading }] = useMutation(FindingEditor_Update);
  const personal = finding.viewerCanReadPersonalData;
  const { form, problems, submitPayload, handleSubmit, setGeneral, errorOf } = useAppForm({
    initialValues: { ...original },
    check: (values) => {
      const missing = missingFindingFields(values, personal);
      return Object.fromEntries(missing.map((field) => [field, { key: 'forms.required' as const }]));
    },
    shownPaths: FINDING_FIELDS,
  });
  const draft = form.getValues();

  const submit = handleSubmit(async (edited) => {
    setConflict(false);
    let conflicted = false;
    const ok = await submitPayload(async () => {
      const { data } = await update({
        variables: { input: updateFindingInput(finding.id, version, original, edited, labels, personal) },
      });
      const userErrors = data?.updateFinding.userErrors;
      conflicted = hasConflict(userErrors ?? []);
      return userErrors;
    });
    if (ok) onDone();
    else if (conflicted) {
      // The conflict has its own alert with a way out (reload), so it is not repeated in the general one.
      setGeneral([]);
      setConflict(true);
    }
  });

  const reload = async () => {
    const result = (await onReload().catch(() => null)) as { data?: { finding?: FindingPage_DetailsFragment } } | null;
    const fresh = result?.data?.finding;
    if (!fresh) return;
    const restarted = draftOfFinding(fresh);
    setOriginal(restarted);
    form.setValues(restarted);
    form.clearErrors();
    setVersion(fresh.version);
    setConflict(false);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('findings.edit')}>
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
        {problems}
        <FindingFields
          draft={draft}
          onChange={(patch) => form.setValues(patch)}
          places={null}
          withClassification={false}
          riskFactorLabels={labels}
          fieldError={errorOf}
        />
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="edit-finding-interviewees">
          <Stack gap="sm">
            <Title order={2} fz="h4" id="edit-finding-interviewees">
              {t('interviewees.title')}
            </Title>
            {personal ? (
              <IntervieweesEditor
                interviewees={draft.interviewees}
                onChange={(interviewees) => form.setValues({ interviewees })}
                showMissing={Boolean(errorOf('interviewees'))}
                error={errorOf('interviewees')}
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
