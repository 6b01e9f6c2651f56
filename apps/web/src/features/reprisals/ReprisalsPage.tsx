import { useShell } from '../shell/ShellContext.tsx';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { formatLocalDate } from '../../components/records.ts';
import { RelatedVisitLink, ReprisalFormBadge, ReprisalStatusBadge } from './badges.tsx';
import { ReprisalNotice } from './ReprisalNotice.tsx';
import { ExportMenu } from '../exports/ExportMenu.tsx';

const ReprisalsPage_Incidents = graphql(`
  query ReprisalsPage_Incidents {
    reprisalIncidents {
      id
      personPseudonym
      occurredOn
      form
      status
      relatedVisit {
        id
        type
        startDate
        places {
          id
          name
        }
      }
      namedUsers {
        id
        displayName
      }
    }
  }
`);

/** The reprisal register: only the incidents that name the viewer. */
export function ReprisalsPage() {
  const { t, i18n } = useTranslation('tracker');
  usePageTitle(t('reprisals.title'));
  // Every read is audited server-side; always ask rather than show a copy kept in the cache.
  const { data, error, loading, refetch } = useQuery(ReprisalsPage_Incidents, { fetchPolicy: 'network-only' });
  const incidents = data?.reprisalIncidents;
  const { current } = useShell();

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('reprisals.title')}</Title>
          <Text c="dimmed">{t('reprisals.intro')}</Text>
        </Stack>
        <Group gap="sm" align="flex-start">
          <ExportMenu list="REPRISALS" filter={{}} />
          {current?.organisation.viewerCan.reportReprisal && (
            <Button component={Link} to="/reprisals/new" color="red">
              {t('reprisals.report')}
            </Button>
          )}
        </Group>
      </Group>
      <ReprisalNotice />

      {loading && !incidents ? (
        <PageLoader />
      ) : !incidents ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : incidents.length === 0 ? (
        <Text c="dimmed">{t('reprisals.empty')}</Text>
      ) : (
        <ResponsiveTable
          rows={incidents}
          rowKey={(incident) => incident.id}
          caption={t('reprisals.caption', { count: incidents.length })}
          testId="reprisal-incidents"
          minWidth={900}
          head={{
            header: t('reprisals.fields.pseudonym'),
            cell: (incident) => (
              <Anchor component={Link} to={`/reprisals/${incident.id}`} fw={600}>
                {incident.personPseudonym}
              </Anchor>
            ),
          }}
          columns={[
            {
              header: t('reprisals.fields.occurredOn'),
              nowrap: true,
              cell: (incident) => formatLocalDate(incident.occurredOn, i18n.language),
            },
            { header: t('reprisals.fields.form'), cell: (incident) => <ReprisalFormBadge form={incident.form} /> },
            {
              header: t('reprisals.fields.status'),
              cell: (incident) => <ReprisalStatusBadge status={incident.status} />,
            },
            {
              header: t('reprisals.fields.relatedVisit'),
              wide: true,
              cell: (incident) =>
                incident.relatedVisit ? (
                  <RelatedVisitLink visit={incident.relatedVisit} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('detail.none')}
                  </Text>
                ),
            },
            {
              header: t('reprisals.fields.namedUsers'),
              wide: true,
              cell: (incident) => (
                <Text size="sm">{incident.namedUsers.map((user) => user.displayName).join(', ')}</Text>
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
