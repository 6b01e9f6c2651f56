import { useQuery } from '@apollo/client/react';
import { Alert, Button, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { chainBreakKind } from './audit-format.ts';

const AuditChainBanner_Status = graphql(`
  query AuditChainBanner_Status($organisationId: ID!) {
    auditChainStatus(organisationId: $organisationId) {
      ok
      entries
      firstBrokenSeq
      reason
    }
  }
`);

/** Whether the tamper-evident chain still verifies, recomputed by the server on every visit. */
export function AuditChainBanner({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('tracker');
  const { data, loading, refetch } = useQuery(AuditChainBanner_Status, {
    variables: { organisationId },
    fetchPolicy: 'network-only',
  });
  const status = data?.auditChainStatus;
  const recheck = (
    <Button size="compact-xs" variant="subtle" onClick={() => void refetch().catch(() => undefined)} loading={loading}>
      {t('audit.chain.recheck')}
    </Button>
  );

  if (!status) {
    return loading ? (
      <Alert color="gray" icon={<Loader size="xs" />}>
        {t('audit.chain.checking')}
      </Alert>
    ) : (
      <Alert color="yellow">
        {t('audit.chain.unavailable')} {recheck}
      </Alert>
    );
  }
  if (status.ok) {
    return (
      <Alert color="teal" title={t('audit.chain.intactTitle')} role="status" data-testid="audit-chain">
        <Text size="sm">
          {t('audit.chain.intact', { entries: status.entries })} {recheck}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('audit.chain.brokenTitle')} role="alert" data-testid="audit-chain">
      <Text size="sm">
        {t('audit.chain.broken', { seq: status.firstBrokenSeq ?? '?', entries: status.entries })}{' '}
        {t(`audit.chain.reasons.${chainBreakKind(status.reason)}`)}
      </Text>
      {status.reason && (
        <Text size="xs" c="dimmed" mt={4}>
          {status.reason}
        </Text>
      )}
      {recheck}
    </Alert>
  );
}
