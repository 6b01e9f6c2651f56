import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { SummaryStrip_DashboardFragment } from '../../__generated__/graphql.ts';
import type { DashboardScope } from './dashboard-links.ts';
import { recommendationsLink } from './dashboard-links.ts';
import { percent } from './format.ts';

graphql(`
  fragment SummaryStrip_Dashboard on Dashboard {
    recommendations {
      overall {
        total
        pending
        overdueResponses
        discrepancies
        repeated
        acceptanceRate
        stateImplementationRate
        monitorImplementationRate
      }
    }
    findings {
      total
    }
    actions {
      total
      overdue
    }
  }
`);

interface Props {
  dashboard: SummaryStrip_DashboardFragment;
  scope: DashboardScope;
}

/** The headline figures, each a link to the list behind it. */
export function SummaryStrip({ dashboard, scope }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const o = dashboard.recommendations.overall;
  const tiles: { label: string; value: string; to?: string }[] = [
    { label: t('summary.recommendations'), value: String(o.total), to: recommendationsLink(scope) },
    { label: t('summary.acceptanceRate'), value: percent(o.acceptanceRate, i18n.language) },
    {
      label: t('summary.stateImplementation'),
      value: percent(o.stateImplementationRate, i18n.language),
      to: recommendationsLink(scope, { stateStatus: ['IMPLEMENTED'] }),
    },
    {
      label: t('summary.monitorImplementation'),
      value: percent(o.monitorImplementationRate, i18n.language),
      to: recommendationsLink(scope, { monitorStatus: ['IMPLEMENTED'] }),
    },
    {
      label: t('summary.overdueResponses'),
      value: String(o.overdueResponses),
      to: recommendationsLink(scope, { overdue: true }),
    },
    {
      label: t('summary.pending'),
      value: String(o.pending),
      to: recommendationsLink(scope, { acceptance: ['PENDING'] }),
    },
    { label: t('summary.discrepancies'), value: String(o.discrepancies) },
    { label: t('summary.repeated'), value: String(o.repeated) },
    { label: t('summary.findings'), value: String(dashboard.findings.total) },
    { label: t('summary.overdueActions'), value: String(dashboard.actions.overdue) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" component="dl" m={0}>
      {tiles.map((tile) => (
        <Card key={tile.label} withBorder padding="sm" radius="md">
          <Text component="dt" size="xs" c="dimmed">
            {tile.label}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {tile.to ? (
              <Anchor component={Link} to={tile.to} inherit>
                {tile.value}
              </Anchor>
            ) : (
              tile.value
            )}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
