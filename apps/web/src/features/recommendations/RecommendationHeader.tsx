import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { RecommendationHeader_RecommendationFragment } from '../../__generated__/graphql.ts';
import { ClassificationBadge, formatLocalDate } from '../../components/records.ts';
import { PriorityBadge } from './badges.tsx';

graphql(`
  fragment RecommendationHeader_Recommendation on Recommendation {
    id
    reference
    title
    theme
    source
    level
    priority
    classification
    issuedOn
    targetDate
    responseDueOn
    responseOverdue
    addressee {
      id
      name
      kind
      countryCode
    }
    ownerOrganisation {
      id
      name
    }
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

export function RecommendationHeader({
  recommendation: r,
}: {
  recommendation: RecommendationHeader_RecommendationFragment;
}) {
  const { t, i18n } = useTranslation('tracker');
  const date = (value: string) => formatLocalDate(value, i18n.language);

  return (
    <Stack gap="sm" component="header">
      <Group gap="xs">
        <Text fw={700} c="dimmed" ff="monospace">
          {r.reference}
        </Text>
        <PriorityBadge value={r.priority} />
        <ClassificationBadge classification={r.classification} />
        {r.responseOverdue && (
          <Badge color="red" variant="filled">
            {t('due.overdue')}
          </Badge>
        )}
      </Group>
      <Title order={1}>{r.title}</Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 4 }} spacing="md" verticalSpacing="xs" m={0}>
        <Fact label={t('fields.addressee')}>{r.addressee.name}</Fact>
        <Fact label={t('detail.issuedBy')}>{r.ownerOrganisation.name}</Fact>
        <Fact label={t('fields.theme')}>{r.theme || t('detail.none')}</Fact>
        <Fact label={t('fields.level')}>{t(`enums.RecommendationLevel.${r.level}`)}</Fact>
        <Fact label={t('fields.source')}>{t(`enums.RecommendationSource.${r.source}`)}</Fact>
        <Fact label={t('fields.issuedOn')}>{date(r.issuedOn)}</Fact>
        <Fact label={t('fields.targetDate')}>{r.targetDate ? date(r.targetDate) : t('detail.none')}</Fact>
        <Fact label={t('columns.responseDue')}>
          {r.responseOverdue ? (
            <Text span c="red" fw={700} size="sm">
              {date(r.responseDueOn)} · {t('due.overdueLong')}
            </Text>
          ) : (
            date(r.responseDueOn)
          )}
        </Fact>
      </SimpleGrid>
    </Stack>
  );
}
