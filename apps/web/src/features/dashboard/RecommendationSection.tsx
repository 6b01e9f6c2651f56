import { labelColon } from '@opcat/domain';
import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type {
  RecommendationSection_CountsFragment,
  RecommendationSection_DashboardFragment,
} from '../../__generated__/graphql.ts';
import type { PlaceType, Priority } from '../../lib/enums.ts';
import { formatLocalDate } from '../../components/records.ts';
import { ChartFigure } from './ChartFigure.tsx';
import type { DashboardScope } from './dashboard-links.ts';
import { recommendationsLink } from './dashboard-links.ts';
import { legendInSeriesOrder, percent, percentValue, shortLabel } from './format.ts';

graphql(`
  fragment RecommendationSection_Counts on RecommendationCounts {
    total
    pending
    stateReported
    stateImplemented
    monitorAssessed
    monitorImplemented
    discrepancies
    overdueResponses
    acceptanceRate
    stateImplementationRate
    monitorImplementationRate
  }
`);

graphql(`
  fragment RecommendationSection_Dashboard on Dashboard {
    recommendations {
      byAuthority {
        key
        label
        counts {
          ...RecommendationSection_Counts
        }
      }
      byTheme {
        key
        label
        counts {
          ...RecommendationSection_Counts
        }
      }
      byPlaceType {
        key
        label
        counts {
          ...RecommendationSection_Counts
        }
      }
      byPriority {
        key
        label
        counts {
          ...RecommendationSection_Counts
        }
      }
      byYear {
        key
        label
        counts {
          ...RecommendationSection_Counts
        }
      }
    }
    discrepancies {
      id
      reference
      title
      stateStatus
      monitorStatus
    }
    repeatedRecommendations {
      id
      reference
      title
      issuedOn
    }
  }
`);

const DIMENSIONS = ['byAuthority', 'byTheme', 'byPlaceType', 'byPriority', 'byYear'] as const;
type Dimension = (typeof DIMENSIONS)[number];

interface Props {
  dashboard: RecommendationSection_DashboardFragment;
  scope: DashboardScope;
}

/** Implementation and acceptance by dimension, side by side as the State reports and as the monitor assesses. */
export function RecommendationSection({ dashboard, scope }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: tt } = useTranslation('tracker');
  const { t: tm } = useTranslation('monitoring');
  const [dimension, setDimension] = useState<Dimension>('byAuthority');
  const rows = dashboard.recommendations[dimension];

  const label = (key: string, fallback: string) => {
    if (dimension === 'byPlaceType') return tm(`enums.PlaceType.${key as PlaceType}`);
    if (dimension === 'byPriority') return tt(`enums.Priority.${key as Priority}`);
    if (dimension === 'byTheme' && !key) return t('noTheme');
    return fallback;
  };
  const link = (key: string) => {
    switch (dimension) {
      case 'byAuthority':
        return recommendationsLink(scope, { addresseeId: key });
      case 'byTheme':
        return key ? recommendationsLink(scope, { theme: key }) : null;
      case 'byPlaceType':
        return recommendationsLink(scope, { placeTypes: [key as PlaceType] });
      case 'byPriority':
        return recommendationsLink(scope, { priority: key as Priority });
      case 'byYear':
        return recommendationsLink(scope, { issuedYear: Number(key) });
    }
  };
  const data = rows.map((row) => ({
    name: label(row.key, row.label),
    state: percentValue(row.counts.stateImplementationRate),
    monitor: percentValue(row.counts.monitorImplementationRate),
  }));
  const series = [
    { name: 'state', label: t('recommendations.asReported'), color: 'blue.6' },
    { name: 'monitor', label: t('recommendations.asAssessed'), color: 'orange.6' },
  ];
  const counted = (n: number, of: number, rate: number | null | undefined) =>
    `${percent(rate, i18n.language)} (${n}/${of})`;

  return (
    <Stack gap="lg" component="section" aria-labelledby="dashboard-recommendations">
      <Title order={2} fz="h3" id="dashboard-recommendations">
        {t('recommendations.title')}
      </Title>
      <Select
        label={t('recommendations.dimension')}
        value={dimension}
        onChange={(value) => value && setDimension(value as Dimension)}
        data={DIMENSIONS.map((d) => ({ value: d, label: t(`recommendations.${d}`) }))}
        allowDeselect={false}
        w={{ base: '100%', xs: 320 }}
      />
      {rows.length === 0 ? (
        <Text c="dimmed">{t('recommendations.none')}</Text>
      ) : (
        <ChartFigure
          title={t('recommendations.implementationTitle', { dimension: t(`recommendations.${dimension}`) })}
          summary={t('recommendations.implementationSummary')}
          chart={
            <BarChart
              h={Math.max(200, data.length * 48)}
              data={data}
              dataKey="name"
              orientation="vertical"
              yAxisProps={{ width: 170, tickFormatter: shortLabel }}
              xAxisProps={{ domain: [0, 100] }}
              valueFormatter={(value) => `${value} %`}
              // Each bar says its figure: a 0 % bar has no length, and an authority with two empty rows read
              // as one the chart had no data for.
              withBarValueLabel
              withLegend
              legendProps={legendInSeriesOrder(series)}
              barChartProps={{ accessibilityLayer: false }}
              series={series}
            />
          }
          table={
            <Table.ScrollContainer minWidth={720} tabIndex={0} aria-label={t('recommendations.tableLabel')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t(`recommendations.${dimension}`)}</Table.Th>
                    <Table.Th scope="col">{t('recommendations.total')}</Table.Th>
                    <Table.Th scope="col">{t('recommendations.acceptance')}</Table.Th>
                    <Table.Th scope="col">{t('recommendations.asReported')}</Table.Th>
                    <Table.Th scope="col">{t('recommendations.asAssessed')}</Table.Th>
                    <Table.Th scope="col">{t('recommendations.discrepancies')}</Table.Th>
                    <Table.Th scope="col">{t('recommendations.overdue')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => {
                    const c: RecommendationSection_CountsFragment = row.counts;
                    const to = link(row.key);
                    const name = label(row.key, row.label);
                    return (
                      <Table.Tr key={row.key}>
                        <Table.Th scope="row" fw={500}>
                          {to ? (
                            <Anchor component={Link} to={to}>
                              {name}
                            </Anchor>
                          ) : (
                            name
                          )}
                        </Table.Th>
                        <Table.Td>{c.total}</Table.Td>
                        <Table.Td>{percent(c.acceptanceRate, i18n.language)}</Table.Td>
                        <Table.Td>{counted(c.stateImplemented, c.stateReported, c.stateImplementationRate)}</Table.Td>
                        <Table.Td>
                          {counted(c.monitorImplemented, c.monitorAssessed, c.monitorImplementationRate)}
                        </Table.Td>
                        <Table.Td>{c.discrepancies}</Table.Td>
                        <Table.Td>{c.overdueResponses}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          }
        />
      )}

      <RecommendationList
        id="dashboard-discrepancies"
        title={t('recommendations.discrepancyList')}
        empty={t('recommendations.noDiscrepancies')}
        items={dashboard.discrepancies.map((r) => ({
          ...r,
          detail: `${labelColon(t('recommendations.asReported'), i18n.language)}${r.stateStatus ? tt(`enums.ImplementationStatus.${r.stateStatus}`) : '–'} · ${labelColon(t('recommendations.asAssessed'), i18n.language)}${r.monitorStatus ? tt(`enums.ImplementationStatus.${r.monitorStatus}`) : '–'}`,
        }))}
      />
      <RecommendationList
        id="dashboard-repeated"
        title={t('recommendations.repeatedList')}
        empty={t('recommendations.noRepeated')}
        items={dashboard.repeatedRecommendations.map((r) => ({
          ...r,
          detail: t('recommendations.issuedOn', { date: formatLocalDate(r.issuedOn, i18n.language) }),
        }))}
      />
    </Stack>
  );
}

function RecommendationList({
  id,
  title,
  empty,
  items,
}: {
  id: string;
  title: string;
  empty: string;
  items: { id: string; reference: string; title: string; detail: string }[];
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} fz="h4" id={id}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <li key={item.id}>
              <Anchor component={Link} to={`/recommendations/${item.id}`} fw={500}>
                <Badge variant="light" mr="xs" component="span">
                  {item.reference}
                </Badge>
                {item.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {item.detail}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
