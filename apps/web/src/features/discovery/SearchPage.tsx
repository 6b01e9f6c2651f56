import { labelColon } from '@opcat/domain';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Chip, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { SearchKind, Vulnerability } from '../../__generated__/graphql.ts';
import { CursorPager, useCountText, useCursorPages } from '../../components/CursorPager.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { Headline } from './Headline.tsx';
import { riskFactorLabel } from '../findings/risk-factors.ts';
import { useRiskFactorLabels } from '../findings/use-risk-factor-labels.ts';

export const SEARCH_KINDS = [
  'PLACE',
  'VISIT',
  'FINDING',
  'RECOMMENDATION',
  'WORKPLAN',
] as const satisfies readonly SearchKind[];
const PAGE_SIZE = 20;

const SearchPage_Search = graphql(`
  query SearchPage_Search($query: String!, $types: [SearchKind!], $limit: Int, $after: String) {
    search(query: $query, types: $types, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        title
        headline {
          text
          match
        }
        record {
          __typename
          ... on Finding {
            id
            riskFactors
            vulnerabilities
          }
        }
      }
    }
  }
`);

const PATHS: Record<SearchKind, string> = {
  PLACE: '/places/',
  VISIT: '/visits/',
  FINDING: '/findings/',
  RECOMMENDATION: '/recommendations/',
  WORKPLAN: '/workplans/',
};

/** Reads the search from the URL (`q`, `type`), so a search can be bookmarked and shared. */
function readSearch(params: URLSearchParams): { query: string; types: SearchKind[] } {
  const types = params.getAll('type').filter((t): t is SearchKind => (SEARCH_KINDS as readonly string[]).includes(t));
  return { query: params.get('q')?.trim().slice(0, 200) ?? '', types: [...new Set(types)] };
}

/**
 * A finding hit's tags, named in the reader's language: a finding is also found by them (decision 0049),
 * so a hit whose text does not hold the words searched shows why it matched.
 */
function FindingTags({
  finding,
}: {
  finding: { riskFactors: readonly string[]; vulnerabilities: readonly Vulnerability[] };
}) {
  const { t, i18n } = useTranslation('discovery');
  const { t: tm } = useTranslation('monitoring');
  const labels = useRiskFactorLabels();
  const tags = [
    ...finding.riskFactors.map((value) => riskFactorLabel(value, labels)),
    ...finding.vulnerabilities.map((value) => tm(`enums.Vulnerability.${value}`)),
  ];
  if (tags.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {labelColon(t('search.tags'), i18n.language)}
      {tags.join(' · ')}
    </Text>
  );
}

/** Full-text search over every record the viewer may read, best match first. */
export function SearchPage() {
  const { t } = useTranslation('discovery');
  const { t: ts } = useTranslation('scale');
  const countText = useCountText();
  usePageTitle(t('search.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const { query, types } = useMemo(() => readSearch(searchParams), [searchParams]);
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  const pages = useCursorPages(JSON.stringify([query, types]));
  const { data, previousData, loading, error, refetch } = useQuery(SearchPage_Search, {
    variables: { query, types: types.length ? types : null, limit: PAGE_SIZE, after: pages.after },
    skip: !query,
  });
  const result = (data ?? previousData)?.search;

  const write = (next: { query: string; types: SearchKind[] }) => {
    const params = new URLSearchParams();
    if (next.query) params.set('q', next.query);
    for (const type of next.types) params.append('type', type);
    setSearchParams(params);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('search.title')}</Title>
        <Text c="dimmed">{t('search.intro')}</Text>
      </Stack>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          write({ query: text.trim(), types });
        }}
      >
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('search.label')}
              type="search"
              value={text}
              maxLength={200}
              onChange={(event) => setText(event.currentTarget.value)}
              style={{ flex: '1 1 14rem' }}
            />
            <Button type="submit">{t('search.submit')}</Button>
          </Group>
          <Chip.Group multiple value={types} onChange={(value) => write({ query, types: value as SearchKind[] })}>
            <Group gap="xs" role="group" aria-label={t('search.types')}>
              {SEARCH_KINDS.map((kind) => (
                <Chip key={kind} value={kind} size="sm">
                  {t(`search.kinds.${kind}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
      </form>

      {!query ? (
        <Text c="dimmed">{t('search.prompt')}</Text>
      ) : !result && loading ? (
        <PageLoader />
      ) : !result ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : result.nodes.length === 0 ? (
        <Text c="dimmed">{t('search.empty', { query })}</Text>
      ) : (
        <Stack gap="sm" component="section" aria-labelledby="search-results" aria-busy={loading}>
          <Title order={2} fz="h4" id="search-results">
            {t('search.results', { query })}
          </Title>
          <Text c="dimmed" data-testid="search-total">
            {ts('search.total', { total: countText(result.totalCount, result.totalCountCapped) })}
          </Text>
          <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="search-hits">
            {result.nodes.map((hit) => (
              <Stack component="li" key={`${hit.kind}:${hit.id}`} gap={4}>
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
                    {t(`search.kinds.${hit.kind}`)}
                  </Badge>
                  <Anchor
                    component={Link}
                    to={`${PATHS[hit.kind]}${hit.id}`}
                    fw={600}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {hit.title || t(`search.kinds.${hit.kind}`)}
                  </Anchor>
                </Group>
                <Headline parts={hit.headline} />
                {hit.record.__typename === 'Finding' && <FindingTags finding={hit.record} />}
              </Stack>
            ))}
          </Stack>
          <CursorPager
            hasPrevious={pages.index > 0}
            hasNext={result.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => result.pageInfo.endCursor && pages.next(result.pageInfo.endCursor)}
          />
        </Stack>
      )}
    </Stack>
  );
}
