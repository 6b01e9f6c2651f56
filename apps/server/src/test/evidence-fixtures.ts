import type { GraphqlClient } from './graphql-client.ts';

export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
]);
export const PDF = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/** POSTs raw bytes as evidence of a finding, the way the web client does. */
export function uploadEvidence(
  server: { url: string },
  client: GraphqlClient,
  findingId: string,
  body: Buffer,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.url}/api/findings/${findingId}/evidence`, {
    method: 'POST',
    headers: {
      'content-type': 'image/png',
      'x-file-name': encodeURIComponent('celda 3 — baño.png'),
      'x-requested-with': 'opcat',
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...headers,
    },
    body,
  });
}

export function downloadEvidence(server: { url: string }, client: GraphqlClient, url: string): Promise<Response> {
  return fetch(`${server.url}${url}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
}

/** Everything a caller could tell two HTTP answers apart by: status, body bytes and meaningful headers. */
export async function answerOf(res: Response): Promise<string> {
  const headers = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options']
    .map((name) => `${name}: ${res.headers.get(name)}`)
    .join('\n');
  return `${res.status}\n${headers}\n\n${Buffer.from(await res.arrayBuffer()).toString('base64')}`;
}
