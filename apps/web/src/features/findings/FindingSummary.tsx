import { Card, Group, Pill, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingPage_DetailsFragment } from '../../__generated__/graphql.ts';
import { IntervieweesView } from './IntervieweesView.tsx';
import { riskFactorLabel } from './risk-factors.ts';
import { useRiskFactorLabels } from './use-risk-factor-labels.ts';

/** The read view of a finding's content. */
export function FindingSummary({ finding }: { finding: FindingPage_DetailsFragment }) {
  const { t } = useTranslation('monitoring');
  const labels = useRiskFactorLabels();
  const pills = (values: readonly string[]): ReactNode =>
    values.length === 0 ? (
      <Text size="sm" c="dimmed">
        —
      </Text>
    ) : (
      <Group gap={4}>
        {values.map((value) => (
          <Pill key={value}>{value}</Pill>
        ))}
      </Group>
    );
  const block = (label: string, content: ReactNode) => (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      {content}
    </Stack>
  );

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {block(
          t('findings.fields.riskFactors'),
          pills(finding.riskFactors.map((value) => riskFactorLabel(value, labels))),
        )}
        {block(
          t('findings.fields.vulnerabilities'),
          pills(finding.vulnerabilities.map((value) => t(`enums.Vulnerability.${value}`))),
        )}
        {block(t('findings.fields.sources'), pills(finding.sources.map((value) => t(`enums.FindingSource.${value}`))))}
      </SimpleGrid>
      {block(
        t('findings.fields.description'),
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={finding.description ? undefined : 'dimmed'}>
          {finding.description || t('findings.noDescription')}
        </Text>,
      )}
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="finding-interviewees">
        <Stack gap="sm">
          <Title order={2} fz="h4" id="finding-interviewees">
            {t('interviewees.title')}
          </Title>
          <IntervieweesView
            interviewees={finding.interviewees}
            viewerCanReadPersonalData={finding.viewerCanReadPersonalData}
          />
        </Stack>
      </Card>
    </Stack>
  );
}
