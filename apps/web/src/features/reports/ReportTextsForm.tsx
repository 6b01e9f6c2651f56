import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { maxLength, useAppForm } from '../../components/form/index.ts';

const ReportTextsForm_Texts = graphql(`
  query ReportTextsForm_Texts($visitId: ID!) {
    visitReportTexts(visitId: $visitId) {
      id
      introduction
      conclusions
      viewerCanEdit
    }
  }
`);

const ReportTextsForm_Update = graphql(`
  mutation ReportTextsForm_Update($input: UpdateVisitReportTextsInput!) {
    updateVisitReportTexts(input: $input) {
      texts {
        id
        introduction
        conclusions
        viewerCanEdit
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const MAX = 50_000;

/** The report's introduction and conclusions, for those who may update the visit. */
export function ReportTextsForm({ visitId }: { visitId: string }) {
  const { t } = useTranslation('reports');
  const { data } = useQuery(ReportTextsForm_Texts, { variables: { visitId } });
  const [update, { loading }] = useMutation(ReportTextsForm_Update);
  const [saved, setSaved] = useState(false);
  const texts = data?.visitReportTexts;
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { introduction: '', conclusions: '' },
    rules: { introduction: maxLength(MAX), conclusions: maxLength(MAX) },
  });
  useEffect(() => {
    if (texts) form.setValues({ introduction: texts.introduction, conclusions: texts.conclusions });
    // Load once per visit: later refetches must not overwrite what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [texts?.id]);
  if (!texts?.viewerCanEdit) return null;

  const submit = handleSubmit(async (values) => {
    setSaved(false);
    const ok = await submitPayload(async () => {
      const { data: result } = await update({
        variables: { input: { visitId, ...values } },
        refetchQueries: ['ReportPreview_Report'],
      });
      return result?.updateVisitReportTexts.userErrors;
    });
    setSaved(ok);
  });

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="report-texts-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="report-texts-title">
            {t('texts.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('texts.hint')}
          </Text>
          {problems}
          <Textarea label={t('texts.introduction')} autosize minRows={3} {...form.getInputProps('introduction')} />
          <Textarea label={t('texts.conclusions')} autosize minRows={3} {...form.getInputProps('conclusions')} />
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('texts.save')}
            </Button>
            {saved && (
              <Text size="sm" role="status">
                {t('texts.saved')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
