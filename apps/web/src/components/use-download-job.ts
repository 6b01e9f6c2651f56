import { useEffect, useState } from 'react';

/** Polls a running job every second until it is done or failed. */
const POLL_MS = 1000;

interface RunningJob {
  id: string;
  status: string;
}

/** What a "request a file" mutation answers: a URL to download now, or a job to follow. */
export interface DownloadAnswer<J> {
  downloadUrl?: string | null;
  job?: J | null;
  userErrors: readonly unknown[];
}

/**
 * A file the server produces at once (the browser downloads it) or as a job (polled until done, then its
 * link shows): the export menu and the annual report share this.
 */
export function useDownloadJob<J extends RunningJob>(pollJob: (id: string) => Promise<J | null | undefined>) {
  const [job, setJob] = useState<J | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!job || job.status === 'DONE' || job.status === 'FAILED') return;
    const timer = setTimeout(() => {
      void pollJob(job.id)
        .then((next) => next && setJob(next))
        .catch(() => setFailed(true));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, pollJob]);

  const start = async (request: () => Promise<DownloadAnswer<J> | null | undefined>) => {
    setFailed(false);
    setJob(null);
    try {
      const answer = await request();
      if (!answer || answer.userErrors.length) return setFailed(true);
      if (answer.downloadUrl) window.location.assign(answer.downloadUrl);
      else if (answer.job) setJob(answer.job);
    } catch {
      setFailed(true);
    }
  };

  return { job, failed, start };
}

/** A job's progress in percent: 100 once done, at most 99 before (the file is still being written). */
export function jobPercent(status: string | undefined, done: number, total: number | null | undefined): number {
  if (status === 'DONE') return 100;
  return total ? Math.min(99, Math.round((100 * done) / total)) : 0;
}
