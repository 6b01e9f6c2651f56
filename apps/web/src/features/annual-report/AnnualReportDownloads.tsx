import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { AnnualReportFilter, AnnualReportFormat, ReportLanguage } from '../../__generated__/graphql.ts';
import { jobPercent, useDownloadJob } from '../../components/use-download-job.ts';

const AnnualReportDownloads_Request = graphql(`
  mutation AnnualReportDownloads_Request($input: RequestAnnualReportInput!) {
    requestAnnualReport(input: $input) {
      downloadUrl
      job {
        id
        status
        recordsRead
        totalRecords
        recordCount
        downloadUrl
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const AnnualReportDownloads_Job = graphql(`
  query AnnualReportDownloads_Job($id: ID!) {
    annualReportJob(id: $id) {
      id
      status
      recordsRead
      totalRecords
      recordCount
      downloadUrl
    }
  }
`);

interface JobState {
  id: string;
  status: string;
  recordsRead: number;
  totalRecords?: number | null;
  recordCount?: number | null;
  downloadUrl?: string | null;
}

const FORMATS: AnnualReportFormat[] = ['PDF', 'DOCX', 'XLSX'];

/** The download buttons: a small report downloads at once, a large one runs as a job with progress. */
export function AnnualReportDownloads({
  filter,
  language,
  disabled,
}: {
  filter: AnnualReportFilter;
  language: ReportLanguage;
  disabled: boolean;
}) {
  const { t } = useTranslation('annual');
  const [request, { loading }] = useMutation(AnnualReportDownloads_Request);
  const [poll] = useLazyQuery(AnnualReportDownloads_Job, { fetchPolicy: 'network-only' });
  const pollJob = useCallback(async (id: string) => (await poll({ variables: { id } })).data?.annualReportJob, [poll]);
  const { job, failed, start: startJob } = useDownloadJob<JobState>(pollJob);
  const start = (format: AnnualReportFormat) =>
    startJob(
      async () => (await request({ variables: { input: { filter, format, language } } })).data?.requestAnnualReport,
    );
  const percent = jobPercent(job?.status, job?.recordsRead ?? 0, job?.totalRecords);

  return (
    <Stack gap="sm">
      <Group gap="sm">
        {FORMATS.map((format) => (
          <Button
            key={format}
            variant="default"
            loading={loading}
            disabled={disabled}
            onClick={() => void start(format)}
            data-testid={`annual-download-${format.toLowerCase()}`}
          >
            {t(`download.${format}`)}
          </Button>
        ))}
      </Group>
      {job && (
        <Stack gap={4} maw={360} aria-live="polite">
          <Text size="sm">
            {job.status === 'DONE'
              ? t('job.done', { count: job.recordCount ?? job.recordsRead })
              : job.status === 'FAILED'
                ? t('job.failed')
                : t('job.running', { count: job.recordsRead })}
          </Text>
          {job.status !== 'FAILED' && (
            <Progress value={percent} aria-label={t('job.progress')} animated={job.status !== 'DONE'} />
          )}
          {job.status === 'DONE' && job.downloadUrl && (
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t('job.expires')}
              </Text>
              <Anchor href={job.downloadUrl}>{t('job.download')}</Anchor>
            </Group>
          )}
        </Stack>
      )}
      {failed && (
        <Alert color="red" maw={360}>
          {t('download.failed')}
        </Alert>
      )}
    </Stack>
  );
}
