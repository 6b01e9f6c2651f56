import { colon } from '@opcat/domain';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { ReportLanguage, ReportVersion } from '../../__generated__/graphql.ts';
import { QueryError } from '../errors/QueryError.tsx';

const ReportPreview_Report = graphql(`
  query ReportPreview_Report($visitId: ID!, $version: ReportVersion!, $authorityId: ID, $language: ReportLanguage) {
    visitReport(visitId: $visitId, version: $version, authorityId: $authorityId, language: $language) {
      id
      version
      audience {
        id
        name
      }
      includesVisitDetails
      sections
      placeNames
      findings {
        id
        title
        monitoringArea
        intervieweeCount
        includesPersonalData
      }
      recommendations {
        id
        reference
        title
        addressee
      }
      leftOut {
        recordType
        reason
        count
      }
      downloadableBy {
        id
        name
      }
      downloadableBySignedOut
      pdfUrl
      docxUrl
    }
  }
`);

interface Props {
  visitId: string;
  version: ReportVersion;
  authorityId: string | null;
  language: ReportLanguage;
}

export function ReportPreview({ visitId, version, authorityId, language }: Props) {
  const { t, i18n } = useTranslation('reports');
  const { t: tm } = useTranslation('monitoring');
  const { data, error, loading, refetch } = useQuery(ReportPreview_Report, {
    variables: { visitId, version, authorityId, language },
    fetchPolicy: 'cache-and-network',
  });
  const report = data?.visitReport;
  if (!report) {
    if (loading)
      return (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">{t('preview.loading')}</Text>
        </Group>
      );
    return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="report-download-title">
        <Stack gap="xs">
          <Title order={2} fz="h4" id="report-download-title">
            {t('download.title')}
            {report.audience ? ` — ${report.audience.name}` : ''}
          </Title>
          <Group gap="sm" wrap="wrap">
            <Button component="a" href={report.pdfUrl} download>
              {t('download.pdf')}
            </Button>
            <Button component="a" href={report.docxUrl} download variant="default">
              {t('download.docx')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('download.audited')}
          </Text>
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm" component="section" aria-labelledby="report-preview-title">
          <Title order={2} fz="h4" id="report-preview-title">
            {t('preview.title')}
          </Title>
          {!report.includesVisitDetails && (
            <Text size="sm" c="dimmed">
              {t('preview.visitDetailsOmitted')}
            </Text>
          )}
          <Text size="sm" fw={600}>
            {t('preview.sections')}
          </Text>
          <List size="sm">
            {report.sections.map((section) => (
              <List.Item key={section}>{section}</List.Item>
            ))}
          </List>
          {report.placeNames.length > 0 && (
            <Text size="sm">
              <Text span fw={600}>
                {t('preview.places')}
                {colon(i18n.language)}
              </Text>{' '}
              {report.placeNames.join(', ')}
            </Text>
          )}
          <Title order={3} fz="h5">
            {t('preview.findings', { count: report.findings.length })}
          </Title>
          {report.findings.length === 0 && <Text size="sm">{t('preview.none')}</Text>}
          <List size="sm" spacing={4}>
            {report.findings.map((finding) => (
              <List.Item key={finding.id}>
                <Text size="sm" span>
                  {finding.title}
                </Text>{' '}
                <Text size="xs" c="dimmed" span>
                  {tm(`enums.MonitoringArea.${finding.monitoringArea}`)}
                  {finding.intervieweeCount > 0
                    ? ` · ${t('preview.pseudonyms', { count: finding.intervieweeCount })}`
                    : ''}
                </Text>{' '}
                {finding.includesPersonalData && (
                  <Badge size="xs" color="red" variant="light">
                    {t('preview.personalData')}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
          <Title order={3} fz="h5">
            {t('preview.recommendations', { count: report.recommendations.length })}
          </Title>
          {report.recommendations.length === 0 && <Text size="sm">{t('preview.none')}</Text>}
          <List size="sm" spacing={4}>
            {report.recommendations.map((r) => (
              <List.Item key={r.id}>
                {r.reference} — {r.title}{' '}
                <Text size="xs" c="dimmed" span>
                  {t('preview.addressee', { name: r.addressee })}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>

        <Stack gap="lg">
          <Stack gap="xs" component="section" aria-labelledby="report-left-out-title">
            <Title order={2} fz="h4" id="report-left-out-title">
              {t('preview.leftOut')}
            </Title>
            {report.leftOut.length === 0 ? (
              <Text size="sm">{t('preview.nothingLeftOut')}</Text>
            ) : (
              <List size="sm">
                {report.leftOut.map((l) => (
                  <List.Item key={`${l.recordType}:${l.reason}`}>
                    {t(`leftOut.${l.reason}`, {
                      count: l.count,
                      type: t(`recordType.${l.recordType}`, { count: l.count }),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby="report-who-title">
            <Title order={2} fz="h4" id="report-who-title">
              {t('preview.who')}
            </Title>
            <List size="sm">
              {report.downloadableBy.map((o) => (
                <List.Item key={o.id}>{o.name}</List.Item>
              ))}
            </List>
            {report.downloadableBySignedOut && <Text size="sm">{t('preview.signedOut')}</Text>}
          </Stack>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
