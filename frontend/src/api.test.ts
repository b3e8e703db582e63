import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiURL, gql } from './api';

const reply = (status: number, body: string) => vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));

describe('gql', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    {
      name: 'data is returned',
      fetch: reply(200, '{"data":{"search":[{"node":{"id":"technology:sbom","nameZh":"軟體物料清單"}}]}}'),
      want: { search: [{ node: { id: 'technology:sbom', nameZh: '軟體物料清單' } }] },
    },
    {
      name: 'server down: says what to do',
      fetch: vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
      error: /Cannot reach the policygraph API at http:\/\/x\/graphql: is the server running/,
      kind: 'network',
    },
    {
      name: 'graph store down: the API error message is shown',
      fetch: reply(200, '{"errors":[{"message":"graph store unavailable"}],"data":null}'),
      error: /^graph store unavailable$/,
      kind: 'graphql',
    },
    {
      name: 'bad argument: every GraphQL error is kept',
      fetch: reply(400, '{"errors":[{"message":"maxHops must be 1–6"},{"message":"first is capped at 500"}]}'),
      error: /maxHops must be 1–6; first is capped at 500/,
      kind: 'graphql',
    },
    {
      name: 'a proxy answering 503 with text',
      fetch: reply(503, 'Service Unavailable'),
      error: /HTTP 503 \(graph store unavailable\): Service Unavailable/,
      kind: 'http',
    },
  ])('$name', async ({ fetch, want, error, kind }) => {
    vi.stubGlobal('fetch', fetch);
    const p = gql({ query: '{ search(text: "SBOM") { node { id } } }' }, { url: 'http://x/graphql' });
    if (want) {
      await expect(p).resolves.toEqual(want);
      return;
    }
    const err = await p.catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.message).toMatch(error!);
    expect(err.kind).toBe(kind);
  });

  it('posts JSON with the query and variables', async () => {
    const f = reply(200, '{"data":{"entity":null}}');
    vi.stubGlobal('fetch', f);
    await gql({ query: 'query E($id: ID!) { entity(id: $id) { id } }', variables: { id: 'country:JP' } }, { url: 'http://x/graphql' });
    const [url, init] = f.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://x/graphql');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ query: 'query E($id: ID!) { entity(id: $id) { id } }', variables: { id: 'country:JP' } });
  });
});

describe('apiURL', () => {
  it.each([
    [{ origin: 'http://127.0.0.1:8080', search: '' }, 'http://127.0.0.1:8080/graphql'],
    [{ origin: 'http://localhost:5173', search: '?api=http://127.0.0.1:18090/graphql' }, 'http://127.0.0.1:18090/graphql'],
  ])('%j → %s', (loc, want) => expect(apiURL(loc)).toBe(want));
});
