import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Breadcrumbs, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { ReportVersion } from '../../__generated__/graphql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ReportLanguageControl, useReportLanguage } from '../../components/ReportLanguageControl.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import { ReportTexts } from './ReportTexts.tsx';

const ReportPage_Versions = graphql(`
  query ReportPage_Versions($visitId: ID!) {
    visit(id: $visitId) {
      id
      places {
        id
        name
      }
    }
    availableReportVersions(visitId: $visitId) {
      version
      refusedReason
      authorities {
        id
        name
      }
    }
  }
`);

export function ReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('reports');
  const { data, error, loading, refetch } = useQuery(ReportPage_Versions, { variables: { visitId: id } });
  const [chosen, setChosen] = useState<ReportVersion | null>(null);
  const [authorityId, setAuthorityId] = useState<string | null>(null);
  const [language, setLanguage] = useReportLanguage();
  const places = data?.visit.places.map((p) => p.name).join(', ');
  usePageTitle(data ? `${t('page.title')}: ${places}` : undefined);

  if (loading && !data) return <PageLoader />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const versions = data.availableReportVersions;
  const version = chosen ?? versions.find((v) => !v.refusedReason)?.version ?? versions[0]?.version ?? null;
  const current = versions.find((v) => v.version === version);
  const authority = current?.authorities.find((a) => a.id === authorityId) ?? current?.authorities[0] ?? null;

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label={t('page.breadcrumb')}>
        <Anchor component={Link} to={`/visits/${id}`} size="sm">
          {t('page.visit')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('page.breadcrumb')}
        </Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1}>{t('page.title')}</Title>
        <Text size="sm" c="dimmed">
          {places}
        </Text>
        <Text size="sm">{t('page.intro')}</Text>
      </Stack>

      <ReportTexts visitId={id} />

      {versions.length === 0 || !version ? (
        <Alert color="gray">{t('page.noVersions')}</Alert>
      ) : (
        <Tabs
          value={version}
          onChange={(value) => {
            setChosen(value as ReportVersion);
            setAuthorityId(null);
          }}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('page.versions')}>
            {versions.map((v) => (
              <Tabs.Tab key={v.version} value={v.version}>
                {t(`version.${v.version}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {versions.map((v) => (
            <Tabs.Panel key={v.version} value={v.version} pt="md">
              <Stack gap="md">
                <Text size="sm">{t(`versionExplain.${v.version}`)}</Text>
                {v.refusedReason ? (
                  <Alert color="orange">{t('refused.SPT_CONFIDENTIAL_CONTENT')}</Alert>
                ) : (
                  <>
                    <Group align="flex-end" gap="lg" wrap="wrap">
                      {v.version === 'AUTHORITY' && v.authorities.length > 1 && (
                        <Select
                          label={t('controls.authority')}
                          data={v.authorities.map((a) => ({ value: a.id, label: a.name }))}
                          value={authority?.id ?? null}
                          onChange={setAuthorityId}
                          allowDeselect={false}
                          maw={420}
                        />
                      )}
                      <Stack gap={4}>
                        <Text size="sm" fw={500} id="report-language-label">
                          {t('controls.language')}
                        </Text>
                        <ReportLanguageControl
                          aria-labelledby="report-language-label"
                          value={language}
                          onChange={setLanguage}
                        />
                      </Stack>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {t('controls.languageHint')}
                    </Text>
                    <ReportPreview
                      visitId={id}
                      version={v.version}
                      authorityId={v.version === 'AUTHORITY' ? (authority?.id ?? null) : null}
                      language={language}
                    />
                  </>
                )}
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
