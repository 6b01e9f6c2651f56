import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Menu, Progress, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { ExportFormat, ExportList } from '../../__generated__/graphql.ts';
import { jobPercent, useDownloadJob } from '../../components/use-download-job.ts';

const ExportMenu_Request = graphql(`
  mutation ExportMenu_Request($input: RequestExportInput!) {
    requestExport(input: $input) {
      downloadUrl
      job {
        id
        status
        rowsWritten
        totalRows
        rowCount
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

const ExportMenu_Job = graphql(`
  query ExportMenu_Job($id: ID!) {
    exportJob(id: $id) {
      id
      status
      rowsWritten
      totalRows
      rowCount
      downloadUrl
    }
  }
`);

interface JobState {
  id: string;
  status: string;
  rowsWritten: number;
  totalRows?: number | null;
  rowCount?: number | null;
  downloadUrl?: string | null;
}

/**
 * "Exportar" on a list page: CSV or XLSX of the list as filtered on screen. A short list downloads
 * at once; a long one runs as a job with a progress bar and a download link when done.
 */
export function ExportMenu({ list, filter }: { list: ExportList; filter: Record<string, unknown> }) {
  const { t } = useTranslation('exports');
  const [request, { loading }] = useMutation(ExportMenu_Request);
  const [poll] = useLazyQuery(ExportMenu_Job, { fetchPolicy: 'network-only' });
  const pollJob = useCallback(async (id: string) => (await poll({ variables: { id } })).data?.exportJob, [poll]);
  const { job, failed, start: startJob } = useDownloadJob<JobState>(pollJob);
  const start = (format: ExportFormat) =>
    startJob(async () => (await request({ variables: { input: { list, format, filter } } })).data?.requestExport);
  const percent = jobPercent(job?.status, job?.rowsWritten ?? 0, job?.totalRows);

  return (
    <Stack gap="xs" align="flex-end">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={loading} data-testid={`export-${list}`}>
            {t('menu.label')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void start('CSV')}>{t('menu.csv')}</Menu.Item>
          <Menu.Item onClick={() => void start('XLSX')}>{t('menu.xlsx')}</Menu.Item>
          {(list === 'RECOMMENDATIONS' || list === 'PLACES') && (
            <>
              <Menu.Divider />
              <Menu.Item component={Link} to={`/imports?kind=${list}`}>
                {t('menu.import')}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      {job && (
        <Stack gap={4} w={280} aria-live="polite">
          <Text size="sm">
            {job.status === 'DONE'
              ? t('job.done', { count: job.rowCount ?? job.rowsWritten })
              : job.status === 'FAILED'
                ? t('job.failed')
                : t('job.running', { count: job.rowsWritten })}
          </Text>
          {job.status !== 'FAILED' && (
            <Progress value={percent} aria-label={t('job.progress')} animated={job.status !== 'DONE'} />
          )}
          {job.status === 'DONE' && job.downloadUrl && (
            <Group justify="flex-end">
              <Anchor href={job.downloadUrl} data-testid="export-download">
                {t('job.download')}
              </Anchor>
            </Group>
          )}
        </Stack>
      )}
      {failed && (
        <Alert color="red" w={280}>
          {t('error')}
        </Alert>
      )}
    </Stack>
  );
}
