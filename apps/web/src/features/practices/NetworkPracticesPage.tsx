import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { MonitoringArea } from '../../__generated__/graphql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { isOneOf, MONITORING_AREAS } from '../../lib/enums.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { PracticeNoteForm } from './PracticeNoteForm.tsx';
import { countryName, formatDate } from '../../lib/format.ts';

const NetworkPracticesPage_Options = graphql(`
  query NetworkPracticesPage_Options {
    networkPractices {
      id
      countryCode
      network {
        id
        name
      }
    }
  }
`);

const NetworkPracticesPage_Practices = graphql(`
  query NetworkPracticesPage_Practices($filter: NetworkPracticeFilter) {
    networkPractices(filter: $filter) {
      id
      title
      summary
      theme
      countryCode
      publishedAt
      publishedBy {
        id
        name
      }
      network {
        id
        name
      }
    }
  }
`);

/** Good practices shared in the regional networks of the viewer's organisations, by network, theme and country. */
export function NetworkPracticesPage() {
  const { t, i18n } = useTranslation('practices');
  const { t: tm } = useTranslation('monitoring');
  usePageTitle(t('title'));
  const [networkId, setNetworkId] = useState<string | null>(null);
  const [theme, setTheme] = useState<MonitoringArea | null>(null);
  const [countryCode, setCountryCode] = useState<string | null>(null);
  const options = useQuery(NetworkPracticesPage_Options);
  const { data, error, loading, refetch } = useQuery(NetworkPracticesPage_Practices, {
    variables: { filter: { networkId, theme, countryCode } },
  });
  const all = options.data?.networkPractices ?? [];
  const networks = [...new Map(all.map((p) => [p.network.id, p.network.name])).entries()].map(([value, label]) => ({
    value,
    label,
  }));
  const countries = [...new Set(all.map((p) => p.countryCode).filter((c): c is string => !!c))]
    .map((code) => ({ value: code, label: countryName(code, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const practices = data?.networkPractices;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('intro')}</Text>
        <PracticeNoteForm />
      </Stack>
      <section aria-label={t('filters.label')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('filters.network')}
            data={networks}
            value={networkId}
            onChange={setNetworkId}
            clearable
            placeholder={t('filters.all')}
          />
          <Select
            label={t('filters.theme')}
            data={MONITORING_AREAS.map((value) => ({ value, label: tm(`enums.MonitoringArea.${value}`) }))}
            value={theme}
            onChange={(value) => setTheme(value && isOneOf(MONITORING_AREAS, value) ? value : null)}
            clearable
            placeholder={t('filters.all')}
          />
          <Select
            label={t('filters.country')}
            data={countries}
            value={countryCode}
            onChange={setCountryCode}
            clearable
            placeholder={t('filters.all')}
          />
        </SimpleGrid>
      </section>
      {loading && !practices ? (
        <PageLoader />
      ) : !practices ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : practices.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="network-practices">
          {practices.map((p) => (
            <Card component="li" key={p.id} withBorder radius="md" padding="md">
              <Stack gap="xs">
                <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
                  {p.title}
                </Title>
                <Group gap="xs">
                  <Badge variant="light" color="indigo">
                    {tm(`enums.MonitoringArea.${p.theme}`)}
                  </Badge>
                  {p.countryCode && <Badge variant="outline">{countryName(p.countryCode, i18n.language)}</Badge>}
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {p.summary}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('publishedBy', {
                    organisation: p.publishedBy.name,
                    network: p.network.name,
                    date: formatDate(p.publishedAt as string, i18n.language),
                  })}
                </Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
