import { labelColon } from '@opcat/domain';
import { BarChart } from '@mantine/charts';
import { Anchor, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { ActionSection_DashboardFragment } from '../../__generated__/graphql.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { workplanLink } from './dashboard-links.ts';
import { legendInSeriesOrder, shortLabel } from './format.ts';
import { formatLocalDate } from '../../lib/dates.ts';

graphql(`
  fragment ActionSection_Dashboard on Dashboard {
    actions {
      total
      overdue
      byStatus {
        status
        count
      }
      jointCommitments {
        organisationId
        organisationName
        total
        done
        inProgress
        overdue
      }
    }
    overdueActions {
      id
      workplanId
      title
      dueDate
      status
      responsibleOrganisationName
    }
  }
`);

interface Props {
  dashboard: ActionSection_DashboardFragment;
}

/** Joint commitments' progress for partners, and the overdue workplan actions. */
export function ActionSection({ dashboard }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: tw } = useTranslation('workplan');
  const { actions } = dashboard;
  const joint = actions.jointCommitments;
  const jointSeries = [
    { name: 'done', label: tw('status.DONE'), color: 'teal.6' },
    { name: 'inProgress', label: tw('status.IN_PROGRESS'), color: 'blue.6' },
    { name: 'other', label: t('actions.other'), color: 'gray.5' },
  ];

  return (
    <Stack gap="lg" component="section" aria-labelledby="dashboard-actions">
      <Title order={2} fz="h3" id="dashboard-actions">
        {t('actions.title')}
      </Title>
      {actions.total === 0 ? (
        <Text c="dimmed">{t('actions.none')}</Text>
      ) : (
        <>
          {joint.length > 0 && (
            <ChartFigure
              title={t('actions.joint')}
              summary={t('actions.jointSummary')}
              chart={
                <BarChart
                  h={Math.max(180, joint.length * 56)}
                  data={joint.map((j) => ({
                    name: j.organisationName,
                    done: j.done,
                    inProgress: j.inProgress,
                    other: j.total - j.done - j.inProgress,
                  }))}
                  dataKey="name"
                  type="stacked"
                  orientation="vertical"
                  yAxisProps={{ width: 170, tickFormatter: shortLabel }}
                  // Counts of actions: whole numbers on the axis (one action drew 0, 0.25, 0.5…).
                  xAxisProps={{ allowDecimals: false }}
                  withLegend
                  legendProps={legendInSeriesOrder(jointSeries)}
                  barChartProps={{ accessibilityLayer: false }}
                  series={jointSeries}
                />
              }
              table={
                <Table.ScrollContainer minWidth={560} tabIndex={0} aria-label={t('actions.joint')}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('actions.organisation')}</Table.Th>
                        <Table.Th scope="col">{t('actions.total')}</Table.Th>
                        <Table.Th scope="col">{tw('status.DONE')}</Table.Th>
                        <Table.Th scope="col">{tw('status.IN_PROGRESS')}</Table.Th>
                        <Table.Th scope="col">{t('actions.overdue')}</Table.Th>
                        <Table.Th scope="col">{t('actions.progress')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {joint.map((j) => (
                        <Table.Tr key={j.organisationId}>
                          <Table.Th scope="row" fw={500}>
                            {j.organisationName}
                          </Table.Th>
                          <Table.Td>{j.total}</Table.Td>
                          <Table.Td>{j.done}</Table.Td>
                          <Table.Td>{j.inProgress}</Table.Td>
                          <Table.Td>{j.overdue}</Table.Td>
                          <Table.Td miw={100}>
                            <Progress
                              value={j.total ? (j.done / j.total) * 100 : 0}
                              aria-label={t('actions.progressOf', { organisation: j.organisationName })}
                            />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              }
            />
          )}
          <Text size="sm">
            {labelColon(t('actions.byStatus'), i18n.language)}
            {actions.byStatus.map((s) => `${tw(`status.${s.status}`)} ${s.count}`).join(' · ')}
          </Text>
          <Stack gap="xs" component="section" aria-labelledby="dashboard-overdue-actions">
            <Title order={3} fz="h4" id="dashboard-overdue-actions">
              {t('actions.overdueList', { count: actions.overdue })}
            </Title>
            {dashboard.overdueActions.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('actions.noOverdue')}
              </Text>
            ) : (
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {dashboard.overdueActions.map((a) => (
                  <li key={a.id}>
                    <Anchor component={Link} to={workplanLink(a.workplanId)} fw={500}>
                      {a.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {a.responsibleOrganisationName} ·{' '}
                      {t('actions.due', { date: a.dueDate ? formatLocalDate(a.dueDate, i18n.language) : '–' })} ·{' '}
                      {tw(`status.${a.status}`)}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}
