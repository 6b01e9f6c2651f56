import { useQuery } from '@apollo/client/react';
import { Alert, Card, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { AnnualReportFilter, MonitoringArea } from '../../__generated__/graphql.ts';
import { LocalDateInput } from '../../components/form/index.ts';
import { useKnownOrganisations } from '../../components/records.ts';
import { ReportLanguageControl, useReportLanguage } from '../../components/ReportLanguageControl.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AddresseeSelect } from '../recommendations/AddresseeSelect.tsx';
import { AnnualReportDownloads } from './AnnualReportDownloads.tsx';
import { AnnualReportPreview } from './AnnualReportPreview.tsx';

const AREAS: MonitoringArea[] = [
  'TREATMENT',
  'PROTECTION_MEASURES',
  'MATERIAL_CONDITIONS',
  'REGIME_AND_ACTIVITIES',
  'HEALTH_CARE',
  'PERSONNEL',
];

const AnnualReportPage_Preview = graphql(`
  query AnnualReportPage_Preview($filter: AnnualReportFilter) {
    annualReportPreview(filter: $filter) {
      total
      overdue
      discrepancies
      dialogueEntries
      runsAsJob
      acceptance {
        acceptance
        count
      }
      implementation {
        status
        state
        monitor
      }
      byAuthority {
        authority
        total
        accepted
        stateImplemented
        monitorImplemented
        overdue
      }
    }
  }
`);

/**
 * The annual / thematic report of recommendations: filters, a preview of the counts it will print
 * (over what the viewer reads only) and the downloads (DOCX, PDF, XLSX; a job for large ones).
 */
export function AnnualReportPage() {
  const { t } = useTranslation('annual');
  const { t: tm } = useTranslation('monitoring');
  usePageTitle(t('page.title'));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [authorityId, setAuthorityId] = useState<string | null>(null);
  const [area, setArea] = useState<MonitoringArea | null>(null);
  const [language, setLanguage] = useReportLanguage();
  const periodInvalid = Boolean(from && to && to < from);
  const filter = useMemo<AnnualReportFilter>(
    () => ({
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(organisationId ? { organisationId } : {}),
      ...(authorityId ? { authorityId } : {}),
      ...(area ? { area } : {}),
    }),
    [from, to, organisationId, authorityId, area],
  );
  const preview = useQuery(AnnualReportPage_Preview, { variables: { filter }, skip: periodInvalid });
  const { organisations } = useKnownOrganisations();
  const organisationOptions = useMemo(
    () => organisations.filter((o) => o.kind !== 'STATE_AUTHORITY').map((o) => ({ value: o.id, label: o.name })),
    [organisations],
  );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('page.title')}</Title>
        <Text size="sm">{t('page.intro')}</Text>
      </Stack>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="annual-filters">
        <Stack gap="sm">
          <Title order={2} fz="h4" id="annual-filters">
            {t('filters.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            <LocalDateInput label={t('filters.from')} value={from} onChange={setFrom} max={to || null} />
            <LocalDateInput
              label={t('filters.to')}
              value={to}
              onChange={setTo}
              min={from || null}
              error={periodInvalid ? t('filters.periodError') : undefined}
            />
            <Select
              label={t('filters.organisation')}
              data={organisationOptions}
              value={organisationId}
              onChange={setOrganisationId}
              searchable
              clearable
              placeholder={t('filters.any')}
            />
            <AddresseeSelect
              label={t('filters.authority')}
              value={authorityId}
              onChange={setAuthorityId}
              clearable
              placeholder={t('filters.any')}
            />
            <Select
              label={t('filters.area')}
              data={AREAS.map((value) => ({ value, label: tm(`enums.MonitoringArea.${value}`) }))}
              value={area}
              onChange={(value) => setArea(value as MonitoringArea | null)}
              clearable
              placeholder={t('filters.any')}
            />
          </SimpleGrid>
        </Stack>
      </Card>

      <section aria-labelledby="annual-preview">
        <Stack gap="sm">
          <Group gap="xs">
            <Title order={2} fz="h4" id="annual-preview">
              {t('preview.title')}
            </Title>
            {preview.loading && <Loader size="xs" aria-label={t('preview.loading')} />}
          </Group>
          {preview.error && <Alert color="red">{t('preview.error')}</Alert>}
          {preview.data && <AnnualReportPreview preview={preview.data.annualReportPreview} />}
        </Stack>
      </section>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="annual-downloads">
        <Stack gap="sm">
          <Title order={2} fz="h4" id="annual-downloads">
            {t('download.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('download.hint')}
          </Text>
          <ReportLanguageControl
            aria-label={t('download.language')}
            value={language}
            onChange={setLanguage}
            w="fit-content"
          />
          <AnnualReportDownloads filter={filter} language={language} disabled={periodInvalid} />
        </Stack>
      </Card>
    </Stack>
  );
}
