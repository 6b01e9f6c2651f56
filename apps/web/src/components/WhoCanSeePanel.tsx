import { colon } from '@opcat/domain';
import { Alert, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';
import type { WhoCanSeePanel_RecordFragment } from '../__generated__/graphql.ts';
import { OrganisationKindBadge } from './OrganisationKindBadge.tsx';
import type { RecordType } from '../lib/enums.ts';
import { formatDate } from '../lib/format.ts';
import { AuthorisePublicationButton } from './AuthorisePublicationButton.tsx';
import { hasShareList } from './classification.ts';
import { ClassificationBadge } from './ClassificationBadge.tsx';
import { ReclassifyControl } from './ReclassifyControl.tsx';
import { reclassifyOptions } from './reclassify-options.ts';
import { ShareControl } from './ShareControl.tsx';

graphql(`
  fragment WhoCanSeePanel_Record on ShareableRecord {
    id
    classification
    countryCode
    ownerOrganisation {
      id
      name
      kind
      countryCode
    }
    workingGroup {
      id
      name
    }
    readableBy {
      id
      name
      kind
      countryCode
    }
    sharedWith {
      id
      name
      kind
      countryCode
    }
    viewerCan {
      read
      update
      share
      reclassify
      reclassifyTo
      comment
      export
      authorisePublication
    }
    publication {
      publishedAt
      publishedBy {
        id
        displayName
      }
    }
    updatedAt
    # Sharing and reclassifying bump the record's version: refresh it so a later edit is not a false conflict.
    ... on Finding {
      version
    }
    ... on Visit {
      version
    }
    ... on Recommendation {
      version
    }
    ... on Workplan {
      version
    }
  }
`);

interface Props {
  record: WhoCanSeePanel_RecordFragment;
  recordType: RecordType;
}

/** Who can read a record, and — for those allowed — the controls that change it. */
export function WhoCanSeePanel({ record, recordType }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const titleId = useId();
  const { classification, viewerCan } = record;
  // Shown only to someone the server lets reclassify to at least one other classification.
  const canReclassify = reclassifyOptions(classification, viewerCan.reclassifyTo).length > 1;
  const spt = classification === 'SPT_CONFIDENTIAL';

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={titleId}>
          {t('whoCanSee.title')}
        </Title>
        <Group gap="xs">
          <ClassificationBadge classification={classification} />
          {classification === 'WORKING_GROUP' && record.workingGroup && (
            <Text size="sm" c="dimmed">
              {record.workingGroup.name}
            </Text>
          )}
        </Group>
        {spt ? (
          <Alert color="red" variant="light" title={t('whoCanSee.sptTitle')}>
            {t('whoCanSee.sptBody')}
          </Alert>
        ) : (
          <Text size="sm">{t(`classification.explain.${classification}`)}</Text>
        )}

        <Text size="sm">
          <Text span fw={600}>
            {t('whoCanSee.owner')}
            {colon(i18n.language)}
          </Text>{' '}
          {record.ownerOrganisation.name}
        </Text>

        <OrganisationList label={t('whoCanSee.readableBy')} organisations={record.readableBy} />
        {hasShareList(classification) && record.sharedWith.length > 0 && (
          <OrganisationList label={t('whoCanSee.sharedWith')} organisations={record.sharedWith} />
        )}

        {record.publication && (
          <Alert color="green" variant="light" title={t('publication.publishedTitle')}>
            {t('publication.publishedBy', {
              name: record.publication.publishedBy.displayName,
              date: formatDate(record.publication.publishedAt, i18n.language),
            })}
          </Alert>
        )}

        {(canReclassify || (viewerCan.share && hasShareList(classification)) || viewerCan.authorisePublication) && (
          <Stack gap="xs" pt="xs">
            {canReclassify && <ReclassifyControl record={record} recordType={recordType} />}
            {viewerCan.share && hasShareList(classification) && (
              <ShareControl record={record} recordType={recordType} />
            )}
            {viewerCan.authorisePublication && !record.publication && (
              <AuthorisePublicationButton recordId={record.id} recordType={recordType} />
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function OrganisationList({
  label,
  organisations,
}: {
  label: string;
  organisations: WhoCanSeePanel_RecordFragment['readableBy'];
}) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id={labelId}>
        {label} ({organisations.length})
      </Text>
      <List size="sm" spacing={4} listStyleType="none" aria-labelledby={labelId}>
        {organisations.map((organisation) => (
          <List.Item key={organisation.id}>
            <Group gap={6} wrap="nowrap">
              <OrganisationKindBadge kind={organisation.kind} />
              <Text size="sm">{organisation.name}</Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
