import { createApi, type Api } from './apollo.ts';

let api: Api | undefined;

/** The tab's one API client (Apollo + the graphql-ws connection), created when a signed-in page first needs it. */
export function sharedApi(): Api {
  api ??= createApi();
  return api;
}

/** After a sign-in: the cookie names another session, so an API started earlier in this tab starts over. */
export async function resetSharedApiSession(): Promise<void> {
  await api?.resetSession();
}
