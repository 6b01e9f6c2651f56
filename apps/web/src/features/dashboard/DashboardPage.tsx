import { useQuery } from '@apollo/client/react';
import { Alert, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { countryName } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useShell } from '../shell/ShellContext.tsx';
import type { DashboardScope, DashboardScopeKind } from './dashboard-links.ts';
import { defaultScope, scopeFromParams, scopeToParams } from './dashboard-links.ts';
import { ActionSection } from './ActionSection.tsx';
import { FindingSection } from './FindingSection.tsx';
import { RecommendationSection } from './RecommendationSection.tsx';
import { SummaryStrip } from './SummaryStrip.tsx';

const DashboardPage_Choices = graphql(`
  query DashboardPage_Choices {
    workingGroups {
      id
      name
      countryCode
    }
  }
`);

const DashboardPage_Dashboard = graphql(`
  query DashboardPage_Dashboard($scope: DashboardScopeInput!) {
    dashboard(scope: $scope) {
      kind
      id
      name
      ...SummaryStrip_Dashboard
      ...RecommendationSection_Dashboard
      ...FindingSection_Dashboard
      ...ActionSection_Dashboard
    }
  }
`);

/** Impact dashboard of an organisation, a working group or a country, under the viewer's read scope. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('dashboard');
  usePageTitle(t('title'));
  const { memberships, current } = useShell();
  const [params, setParams] = useSearchParams();
  const choices = useQuery(DashboardPage_Choices);
  const requested = useMemo(() => scopeFromParams(params), [params]);
  const scope: DashboardScope | null =
    requested ?? defaultScope(current?.organisation, choices.loading ? null : (choices.data?.workingGroups ?? []));

  const options = useMemo(() => {
    const groups = choices.data?.workingGroups ?? [];
    const countries = [
      ...new Set(
        [...memberships.map((m) => m.organisation.countryCode), ...groups.map((g) => g.countryCode)].filter(
          (code): code is string => !!code,
        ),
      ),
    ];
    return {
      ORGANISATION: memberships.map((m) => ({ value: m.organisation.id, label: m.organisation.name })),
      WORKING_GROUP: groups.map((g) => ({ value: g.id, label: g.name })),
      COUNTRY: countries.map((code) => ({ value: code, label: countryName(code, i18n.language) })),
    } satisfies Record<DashboardScopeKind, { value: string; label: string }[]>;
  }, [choices.data, memberships, i18n.language]);

  const choose = (next: DashboardScope) => setParams(scopeToParams(next), { replace: false });
  const chooseKind = (kind: DashboardScopeKind) => {
    const first = options[kind][0];
    if (first) choose({ kind, id: first.value });
  };

  const { data, error, loading, refetch } = useQuery(DashboardPage_Dashboard, {
    variables: { scope: scope ?? { kind: 'COUNTRY', id: '' } },
    skip: !scope,
  });

  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>
      <Group gap="md" align="end" wrap="wrap">
        <Stack gap={4}>
          <Text id="dashboard-scope-kind" size="sm" fw={500}>
            {t('scope.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="dashboard-scope-kind"
            value={scope?.kind ?? 'ORGANISATION'}
            onChange={(value) => chooseKind(value as DashboardScopeKind)}
            data={(['ORGANISATION', 'WORKING_GROUP', 'COUNTRY'] as const).map((kind) => ({
              value: kind,
              label: t(`scope.${kind}`),
              disabled: options[kind].length === 0,
            }))}
          />
        </Stack>
        {scope && (
          <Select
            label={t(`scope.choose.${scope.kind}`)}
            data={options[scope.kind]}
            value={scope.id}
            onChange={(value) => value && choose({ kind: scope.kind, id: value })}
            allowDeselect={false}
            searchable
            w={{ base: '100%', xs: 320 }}
          />
        )}
      </Group>

      {!scope && choices.loading ? (
        <PageLoader />
      ) : !scope ? (
        <Alert color="blue">{t('noScope')}</Alert>
      ) : loading && !data ? (
        <PageLoader />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Stack gap="xl">
          <Title order={2} fz="h3">
            {data.dashboard.kind === 'COUNTRY' ? countryName(data.dashboard.name, i18n.language) : data.dashboard.name}
          </Title>
          <SummaryStrip dashboard={data.dashboard} scope={scope} />
          <RecommendationSection dashboard={data.dashboard} scope={scope} />
          <FindingSection dashboard={data.dashboard} scope={scope} />
          <ActionSection dashboard={data.dashboard} />
        </Stack>
      )}
    </Stack>
  );
}
