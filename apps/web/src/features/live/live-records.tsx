import { useSubscription } from '@apollo/client/react';
import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { RecordType } from '../../lib/enums.ts';

const LiveRecords_Changed = graphql(`
  subscription LiveRecords_Changed($recordTypes: [RecordType!]) {
    readableRecordsChanged(recordTypes: $recordTypes) {
      recordType
      recordId
      readable
    }
  }
`);

/**
 * Keeps a list live: when a record of these types was created, changed (or one of its rows: a status
 * reported, a response, an action), shared with the viewer, withdrawn from them or reclassified, the
 * list's query is fetched again through the ordinary, authorized query (the
 * event itself carries ids only). Renders nothing.
 */
export function ReadableRecordsLiveUpdates({
  recordTypes,
  onChange,
}: {
  recordTypes: readonly RecordType[];
  onChange: () => unknown;
}) {
  // One refetch at a time: events arriving meanwhile (a bulk import, a burst of changes) make one more.
  const state = useRef({ running: false, again: false });
  const latest = useRef(onChange);
  latest.current = onChange;
  const run = () => {
    if (state.current.running) {
      state.current.again = true;
      return;
    }
    state.current.running = true;
    void Promise.resolve(latest.current())
      .catch(() => undefined)
      .finally(() => {
        state.current.running = false;
        if (state.current.again) {
          state.current.again = false;
          run();
        }
      });
  };
  useSubscription(LiveRecords_Changed, {
    variables: { recordTypes: [...recordTypes] },
    onData: run,
  });
  return null;
}

/**
 * Whether the open record was withdrawn from the viewer while the page was open: from then on the
 * page shows `RecordUnavailable` instead of what it showed (and closes its live connections).
 */
export function useRecordWithdrawn(recordType: RecordType, recordId: string, refetch: () => unknown): boolean {
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  useSubscription(LiveRecords_Changed, {
    variables: { recordTypes: [recordType] },
    onData: ({ data }) => {
      const event = data.data?.readableRecordsChanged;
      if (event?.recordId !== recordId) return;
      setWithdrawn(event.readable ? null : recordId);
      // Still (or again) readable: what it shows may have changed (classification, share list).
      if (event.readable) void Promise.resolve(refetch()).catch(() => undefined);
    },
  });
  return withdrawn === recordId;
}

/** What an open page shows once its record is no longer readable: not a connection error. */
export function RecordUnavailable({ backTo }: { backTo: string }) {
  const { t } = useTranslation('mail');
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('live.unavailableTitle')}</Title>
      <Alert color="gray" role="status" data-testid="record-unavailable">
        {t('live.unavailable')}
      </Alert>
      <Anchor component={Link} to={backTo}>
        {t('live.backToList')}
      </Anchor>
    </Stack>
  );
}
