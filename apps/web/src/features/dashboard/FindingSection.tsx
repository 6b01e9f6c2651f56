import { BarChart, LineChart } from '@mantine/charts';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { FindingSection_DashboardFragment } from '../../__generated__/graphql.ts';
import { useRiskFactorLabels } from '../findings/use-risk-factor-labels.ts';
import { riskFactorLabel } from '../findings/risk-factors.ts';
import { ChartFigure } from './ChartFigure.tsx';
import type { DashboardScope } from './dashboard-links.ts';
import { findingsLink } from './dashboard-links.ts';
import { legendInSeriesOrder } from './format.ts';

graphql(`
  fragment FindingSection_Dashboard on Dashboard {
    findings {
      total
      byAreaAndYear {
        row
        column
        count
      }
      byVulnerabilityAndYear {
        row
        column
        count
      }
      riskFactorsByPlaceType {
        row
        column
        count
      }
    }
  }
`);

type Cell = { row: string; column: string; count: number };

const COLOURS = ['blue.6', 'orange.6', 'teal.6', 'grape.6', 'red.6', 'lime.7', 'cyan.7', 'pink.6'];

/** Rows, columns and a lookup of a two-way count table. */
function pivot(cells: readonly Cell[]) {
  const rows = [...new Set(cells.map((c) => c.row))].sort();
  const columns = [...new Set(cells.map((c) => c.column))].sort();
  const at = new Map(cells.map((c) => [`${c.row}\u0000${c.column}`, c.count]));
  return { rows, columns, count: (row: string, column: string) => at.get(`${row}\u0000${column}`) ?? 0 };
}

interface Props {
  dashboard: FindingSection_DashboardFragment;
  scope: DashboardScope;
}

/** Findings over time by monitoring area and by situation of vulnerability, and the risk-factor heat map. */
export function FindingSection({ dashboard, scope }: Props) {
  const { t } = useTranslation('dashboard');
  const { t: tm } = useTranslation('monitoring');
  const riskLabels = useRiskFactorLabels();
  const { findings } = dashboard;

  const overTime = (
    cells: readonly Cell[],
    rowLabel: (row: string) => string,
    rowParam: 'area' | 'vulnerability',
    title: string,
    summary: string,
  ) => {
    const { rows, columns, count } = pivot(cells);
    const data = columns.map((year) => ({
      year,
      ...Object.fromEntries(rows.map((row) => [row, count(row, year)])),
    }));
    const series = rows.map((row, i) => ({ name: row, label: rowLabel(row), color: COLOURS[i % COLOURS.length]! }));
    const chart = {
      h: 260,
      data,
      dataKey: 'year',
      // Counts of findings: whole numbers on the axis.
      yAxisProps: { allowDecimals: false },
      withLegend: true,
      legendProps: legendInSeriesOrder(series),
      series,
    };
    return (
      <ChartFigure
        title={title}
        summary={summary}
        chart={
          // A line needs years to join: over one or two years, bars side by side (dots of equal counts
          // hid each other).
          columns.length > 2 ? (
            <LineChart {...chart} lineChartProps={{ accessibilityLayer: false }} />
          ) : (
            <BarChart {...chart} barChartProps={{ accessibilityLayer: false }} />
          )
        }
        table={
          <Table.ScrollContainer minWidth={Math.max(320, 160 + columns.length * 80)} tabIndex={0} aria-label={title}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t(`findings.${rowParam}`)}</Table.Th>
                  {columns.map((year) => (
                    <Table.Th scope="col" key={year}>
                      {year}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row}>
                    <Table.Th scope="row" fw={500}>
                      {rowLabel(row)}
                    </Table.Th>
                    {columns.map((year) => (
                      <Table.Td key={year}>
                        <Anchor component={Link} to={findingsLink(scope, { [rowParam]: row, year })}>
                          {count(row, year)}
                        </Anchor>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        }
      />
    );
  };

  const heat = pivot(findings.riskFactorsByPlaceType);
  const max = Math.max(1, ...findings.riskFactorsByPlaceType.map((c) => c.count));

  return (
    <Stack gap="lg" component="section" aria-labelledby="dashboard-findings">
      <Title order={2} fz="h3" id="dashboard-findings">
        {t('findings.title')}
      </Title>
      {findings.total === 0 ? (
        <Text c="dimmed">{t('findings.none')}</Text>
      ) : (
        <>
          {overTime(
            findings.byAreaAndYear,
            (row) => tm(`enums.MonitoringArea.${row}` as never),
            'area',
            t('findings.byArea'),
            t('findings.byAreaSummary'),
          )}
          {findings.byVulnerabilityAndYear.length > 0 &&
            overTime(
              findings.byVulnerabilityAndYear,
              (row) => tm(`enums.Vulnerability.${row}` as never),
              'vulnerability',
              t('findings.byVulnerability'),
              t('findings.byVulnerabilitySummary'),
            )}
          <Stack gap="sm" component="section" aria-labelledby="dashboard-heatmap">
            <Title order={3} fz="h4" id="dashboard-heatmap">
              {t('findings.heatmap')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('findings.heatmapSummary')}
            </Text>
            {heat.rows.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('findings.noRiskFactors')}
              </Text>
            ) : (
              <Table.ScrollContainer
                minWidth={200 + heat.columns.length * 110}
                tabIndex={0}
                aria-label={t('findings.heatmap')}
              >
                <Table withTableBorder withColumnBorders>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('findings.riskFactor')}</Table.Th>
                      {heat.columns.map((type) => (
                        <Table.Th scope="col" key={type}>
                          {tm(`enums.PlaceType.${type}` as never)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {heat.rows.map((row) => (
                      <Table.Tr key={row}>
                        <Table.Th scope="row" fw={500}>
                          {riskFactorLabel(row, riskLabels)}
                        </Table.Th>
                        {heat.columns.map((type) => {
                          const n = heat.count(row, type);
                          // Dark text up to 0.65 opacity, white beyond: both keep a 4.5:1 contrast on this red.
                          const alpha = 0.1 + (n / max) * 0.75;
                          return (
                            <Table.Td
                              key={type}
                              style={{
                                background: n ? `rgba(160, 20, 20, ${alpha.toFixed(2)})` : undefined,
                              }}
                            >
                              {n ? (
                                <Anchor
                                  component={Link}
                                  to={findingsLink(scope, { riskFactor: row, placeType: type })}
                                  c={alpha >= 0.65 ? 'white' : 'black'}
                                  fw={700}
                                  underline="always"
                                >
                                  {n}
                                </Anchor>
                              ) : (
                                <Text span c="dimmed" size="sm">
                                  0
                                </Text>
                              )}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}
