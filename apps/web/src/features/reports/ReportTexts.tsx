import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { LiveTextSection } from '../co-editing/LiveTextSection.tsx';

const ReportTexts_Texts = graphql(`
  query ReportTexts_Texts($visitId: ID!) {
    visitReportTexts(visitId: $visitId) {
      id
      viewerCanEdit
      introductionText {
        documentName
        viewerCanEdit
      }
      conclusionsText {
        documentName
        viewerCanEdit
      }
    }
  }
`);

/**
 * The report's introduction and conclusions, written live by the visit's team like a finding's
 * narrative (every reader of the visit sees them; those who may update it write them).
 */
export function ReportTexts({ visitId }: { visitId: string }) {
  const { t } = useTranslation('reports');
  const { t: ta } = useTranslation('annual');
  const { data } = useQuery(ReportTexts_Texts, { variables: { visitId } });
  const texts = data?.visitReportTexts;
  if (!texts) return null;
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {texts.viewerCanEdit ? t('texts.hint') : ta('texts.readOnly')}
      </Text>
      <LiveTextSection
        text={texts.introductionText}
        id="report-introduction"
        title={t('texts.introduction')}
        label={t('texts.introduction')}
        testId="report-introduction"
      />
      <LiveTextSection
        text={texts.conclusionsText}
        id="report-conclusions"
        title={t('texts.conclusions')}
        label={t('texts.conclusions')}
        testId="report-conclusions"
      />
    </Stack>
  );
}
