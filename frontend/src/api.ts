// A small GraphQL client: POST to the policygraph API, errors turned into
// messages a researcher can act on (API down, graph store down, bad query).

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'graphql',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// apiURL is /graphql on the serving origin; ?api=<url> overrides it so the
// Vite dev server (or a page opened elsewhere) can point at any instance.
export function apiURL(loc: Pick<Location, 'search' | 'origin'> = window.location): string {
  const override = new URLSearchParams(loc.search).get('api');
  return override || `${loc.origin}/graphql`;
}

export async function gql<T = Record<string, unknown>>(
  req: GraphQLRequest,
  opts: { signal?: AbortSignal; url?: string } = {},
): Promise<T> {
  const url = opts.url ?? apiURL();
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(req),
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(`Cannot reach the policygraph API at ${url}: is the server running (policygraph up)?`, 'network');
  }
  let body: { data?: T | null; errors?: Array<{ message: string }> } | null = null;
  let raw = '';
  try {
    raw = await res.text();
    body = JSON.parse(raw);
  } catch {
    body = null;
  }
  if (body?.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), 'graphql');
  }
  if (!res.ok || !body || body.data == null) {
    const said = body ? '' : raw.trim().slice(0, 160);
    throw new ApiError(
      `The API answered HTTP ${res.status}${res.status === 503 ? ' (graph store unavailable)' : ''}${said ? `: ${said}` : ''}`,
      'http',
    );
  }
  return body.data;
}
