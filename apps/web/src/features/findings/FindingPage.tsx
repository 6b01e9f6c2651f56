import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Breadcrumbs, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { LiveTextSection } from '../co-editing/LiveTextSection.tsx';
import { ClassificationBadge, CommentsPanel, formatLocalDateRange, WhoCanSeePanel } from '../../components/records.ts';
import { EvidenceSection } from './EvidenceSection.tsx';
import { FindingEditor } from './FindingEditor.tsx';
import { FindingSummary } from './FindingSummary.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';
import { IssueFromFindingButton } from '../discovery/IssueFromFinding.tsx';
import { hasErrorCode } from '../../lib/graphql-errors.ts';
import { RecordUnavailable, useRecordWithdrawn } from '../live/live-records.tsx';
import { PublishPracticeButton } from '../practices/PublishPracticeButton.tsx';

graphql(`
  fragment FindingPage_Details on Finding {
    id
    title
    monitoringArea
    riskFactors
    vulnerabilities
    description
    sources
    severity
    goodPractice
    version
    classification
    updatedAt
    viewerCanReadPersonalData
    place {
      id
      name
    }
    interviewees {
      id
      pseudonym
      identity
      contact
      medicalNotes
      atRisk
      welfareCheckDueOn
    }
  }
`);

const FindingPage_Finding = graphql(`
  query FindingPage_Finding($id: ID!) {
    finding(id: $id) {
      id
      ...FindingPage_Details
      visit {
        id
        startDate
        endDate
        places {
          id
          name
        }
      }
      narrative {
        documentName
        viewerCanEdit
      }
      ...EvidenceSection_Finding
      ...WhoCanSeePanel_Record
      ...CommentsPanel_Record
      ...PublishPracticeButton_Finding
    }
  }
`);

/** A finding: read view, edit mode for editors, evidence, who can see it and comments. */
export function FindingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('monitoring');
  const { data, error, loading, refetch } = useQuery(FindingPage_Finding, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const withdrawn = useRecordWithdrawn('FINDING', id, refetch);
  // A withdrawal seen live, or a refetch that no longer finds it: nothing of it stays on screen.
  const unavailable = withdrawn || (data !== undefined && hasErrorCode(error, 'NOT_FOUND'));
  const finding = unavailable ? undefined : data?.finding;
  usePageTitle(finding?.title);

  if (unavailable) return <RecordUnavailable backTo="/visits" />;
  if (loading && !finding) return <PageLoader />;
  if (!finding) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const visit = finding.visit;
  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/visits" size="sm">
          {t('visits.title')}
        </Anchor>
        {visit && (
          <Anchor component={Link} to={`/visits/${visit.id}`} size="sm">
            {t('visits.visitOn', { dates: formatLocalDateRange(visit.startDate, visit.endDate, i18n.language) })}
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          {finding.title}
        </Text>
      </Breadcrumbs>

      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap="xs">
          <Title order={1}>{finding.title}</Title>
          <Group gap="xs">
            <ClassificationBadge classification={finding.classification} />
            <SeverityBadge severity={finding.severity} />
            <Badge variant="light" color="indigo">
              {t(`enums.MonitoringArea.${finding.monitoringArea}`)}
            </Badge>
            {finding.goodPractice && (
              <Badge variant="light" color="teal">
                {t('findings.goodPractice')}
              </Badge>
            )}
            {finding.place && (
              <Anchor component={Link} to={`/places/${finding.place.id}`} size="sm">
                {finding.place.name}
              </Anchor>
            )}
          </Group>
          <PublishPracticeButton finding={finding} />
        </Stack>
        <Group gap="sm">
          <IssueFromFindingButton findingId={finding.id} />
          {finding.viewerCan.update && !editing && (
            <Button onClick={() => setEditing(true)}>{t('findings.edit')}</Button>
          )}
        </Group>
      </Group>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {editing ? (
              <Card withBorder radius="md" padding="md">
                <FindingEditor finding={finding} onDone={() => setEditing(false)} onReload={() => refetch()} />
              </Card>
            ) : (
              <FindingSummary finding={finding} />
            )}
            <LiveTextSection
              text={finding.narrative}
              id="finding-narrative"
              title={t('findings.narrative.title')}
              label={t('findings.narrative.editorLabel')}
              testId="finding-narrative"
            />
            <EvidenceSection finding={finding} onUploaded={() => void refetch().catch(() => undefined)} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <WhoCanSeePanel record={finding} recordType="FINDING" />
            <CommentsPanel record={finding} recordType="FINDING" />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
