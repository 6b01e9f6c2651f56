import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Code, Group, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { CursorPager, useCountText, useCursorPages } from '../../components/CursorPager.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { formatDateTime } from '../../components/records.ts';
import { useShell } from '../shell/ShellContext.tsx';
import { AUDIT_ACTIONS, compactDetails, isAuditAction, isSubjectType, subjectPath } from './audit-format.ts';
import { AuditChainBanner } from './AuditChainBanner.tsx';
import { ExportMenu } from '../exports/ExportMenu.tsx';

const AuditLogPage_Log = graphql(`
  query AuditLogPage_Log($organisationId: ID!, $action: String, $limit: Int, $after: String) {
    auditLog(organisationId: $organisationId, action: $action, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        seq
        at
        action
        subjectType
        subjectId
        details
        actor {
          id
          displayName
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** What an entry is about: the record's type and its id, a link where the app has a page for it. */
function AuditSubject({ entry }: { entry: { subjectType: string | null; subjectId: string | null } }) {
  const { t } = useTranslation('tracker');
  if (!entry.subjectType) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const path = subjectPath(entry.subjectType, entry.subjectId);
  return (
    <Group gap={4} wrap="wrap">
      <Text size="sm" span>
        {isSubjectType(entry.subjectType) ? t(`audit.subjectTypes.${entry.subjectType}`) : entry.subjectType}
      </Text>
      {path ? (
        <Anchor component={Link} to={path} size="xs" ff="monospace">
          {entry.subjectId}
        </Anchor>
      ) : (
        <Text size="xs" ff="monospace" c="dimmed" span style={{ wordBreak: 'break-all' }}>
          {entry.subjectId}
        </Text>
      )}
    </Group>
  );
}

/** The organisation's audit trail for its admins: who did what, when, and whether the chain is intact. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation('tracker');
  usePageTitle(t('audit.title'));
  const { current } = useShell();
  const [params, setParams] = useSearchParams();
  const actionParam = params.get('action');
  const action = isAuditAction(actionParam) ? actionParam : null;
  const organisationId = current?.organisation.id;
  const pages = useCursorPages(`${organisationId ?? ''}:${action ?? ''}`);
  const countText = useCountText();

  const { data, previousData, error, loading, refetch } = useQuery(
    AuditLogPage_Log,
    organisationId
      ? {
          variables: { organisationId, action, limit: PAGE_SIZE, after: pages.after },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const log = (data ?? previousData)?.auditLog;

  const go = (next: { action?: string | null }) => {
    const search = new URLSearchParams();
    const nextAction = 'action' in next ? next.action : action;
    if (nextAction) search.set('action', nextAction);
    setParams(search);
  };

  const actionLabel = (value: string) => (isAuditAction(value) ? t(`audit.actions.${value}`) : value);

  if (!current) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('audit.title')}</Title>
        <Alert color="blue">{t('issue.noOrganisation')}</Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('audit.title')}</Title>
          <Text c="dimmed">{t('audit.intro', { organisation: current.organisation.name })}</Text>
        </Stack>
        <ExportMenu list="AUDIT_LOG" filter={{ organisationId: current.organisation.id, action }} />
      </Group>
      <AuditChainBanner organisationId={current.organisation.id} />
      <Select
        label={t('audit.filterAction')}
        data={AUDIT_ACTIONS.map((value) => ({ value, label: actionLabel(value) }))}
        value={action}
        onChange={(value) => go({ action: value })}
        clearable
        maw={360}
      />

      {!log && loading ? (
        <PageLoader />
      ) : !log ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : log.nodes.length === 0 ? (
        <Text c="dimmed">{t('audit.empty')}</Text>
      ) : (
        <Stack gap="sm" aria-busy={loading}>
          <ResponsiveTable
            rows={log.nodes}
            rowKey={(entry) => String(entry.seq)}
            caption={t('audit.caption', { total: countText(log.totalCount, log.totalCountCapped) })}
            testId="audit-log"
            minWidth={900}
            head={{
              header: t('audit.columns.seq'),
              cell: (entry) => (
                <Text size="sm" c="dimmed" span>
                  {entry.seq}
                </Text>
              ),
              cardCell: (entry) => `${t('audit.columns.seq')} ${entry.seq}`,
            }}
            columns={[
              {
                header: t('audit.columns.at'),
                nowrap: true,
                cell: (entry) => formatDateTime(entry.at, i18n.language),
              },
              { header: t('audit.columns.actor'), cell: (entry) => entry.actor?.displayName ?? t('audit.noActor') },
              {
                header: t('audit.columns.action'),
                wide: true,
                cell: (entry) => (
                  <Tooltip label={entry.action} withArrow>
                    <Text size="sm" fw={500} span>
                      {actionLabel(entry.action)}
                    </Text>
                  </Tooltip>
                ),
              },
              { header: t('audit.columns.subject'), wide: true, cell: (entry) => <AuditSubject entry={entry} /> },
              {
                header: t('audit.columns.details'),
                wide: true,
                maxWidth: 420,
                cell: (entry) => {
                  const details = compactDetails(entry.details);
                  return (
                    details && (
                      <Code block={false} style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>
                        {details}
                      </Code>
                    )
                  );
                },
              },
            ]}
          />
          <CursorPager
            hasPrevious={pages.index > 0}
            hasNext={log.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => log.pageInfo.endCursor && pages.next(log.pageInfo.endCursor)}
          />
        </Stack>
      )}
    </Stack>
  );
}
