import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { LinkedRecords_RecommendationFragment } from '../../__generated__/graphql.ts';

graphql(`
  fragment LinkedRecords_Recommendation on Recommendation {
    id
    findings {
      id
      title
      place {
        id
        name
      }
    }
    places {
      id
      name
      type
    }
    repeats {
      id
      reference
      title
    }
  }
`);

function LinkGroup({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation('tracker');
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id={id}>
        {title}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('detail.none')}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-labelledby={id}>
          {children}
        </List>
      )}
    </Stack>
  );
}

/** The findings and places the recommendation rests on, and the earlier one it repeats (those the viewer can read). */
export function LinkedRecords({ recommendation }: { recommendation: LinkedRecords_RecommendationFragment }) {
  const { t } = useTranslation('tracker');
  const { t: tm } = useTranslation('monitoring');
  const { findings, places, repeats } = recommendation;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="linked-records">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="linked-records">
          {t('detail.links')}
        </Title>
        <LinkGroup title={t('fields.findings')} empty={findings.length === 0}>
          {findings.map((finding) => (
            <List.Item key={finding.id}>
              <Anchor component={Link} to={`/findings/${finding.id}`}>
                {finding.title}
              </Anchor>
              {finding.place && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {finding.place.name}
                </Text>
              )}
            </List.Item>
          ))}
        </LinkGroup>
        <LinkGroup title={t('fields.places')} empty={places.length === 0}>
          {places.map((place) => (
            <List.Item key={place.id}>
              <Anchor component={Link} to={`/places/${place.id}`}>
                {place.name}
              </Anchor>
              <Text span size="xs" c="dimmed">
                {' '}
                · {tm(`enums.PlaceType.${place.type}`)}
              </Text>
            </List.Item>
          ))}
        </LinkGroup>
        <LinkGroup title={t('fields.repeats')} empty={!repeats}>
          {repeats && (
            <List.Item>
              <Anchor component={Link} to={`/recommendations/${repeats.id}`}>
                {repeats.reference}
              </Anchor>{' '}
              <Text span size="sm">
                {repeats.title}
              </Text>
            </List.Item>
          )}
        </LinkGroup>
      </Stack>
    </Card>
  );
}
