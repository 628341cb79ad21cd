/**
 * The API client. The access token lives in memory only; the refresh token in localStorage, so a
 * reload keeps the session. A 401 triggers one refresh (shared by every request waiting on it),
 * then the request is retried once with the new access token.
 */
const REFRESH_KEY = 'kerjaku.refreshToken';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
const sessionListeners = new Set<(signedIn: boolean) => void>();

export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export function storeTokens(tokens: TokenPair | null): void {
  accessToken = tokens?.accessToken ?? null;
  if (tokens) localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  else localStorage.removeItem(REFRESH_KEY);
  for (const listener of sessionListeners) listener(tokens !== null);
}

export function hasSession(): boolean {
  return accessToken !== null || localStorage.getItem(REFRESH_KEY) !== null;
}

/** Spends the stored refresh token for a new pair; concurrent callers share one request. */
export function refreshSession(): Promise<boolean> {
  if (!refreshing) {
    refreshing = (async () => {
      const refreshToken = localStorage.getItem(REFRESH_KEY);
      if (!refreshToken) return false;
      const response = await fetch('/api/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      }).catch(() => null);
      if (!response) return false;
      if (!response.ok) {
        storeTokens(null);
        return false;
      }
      const body = (await response.json()) as TokenPair | { tokens: TokenPair };
      storeTokens('tokens' in body ? body.tokens : body);
      return true;
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

interface RequestOptions {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  return fetch(`/api${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
}

/** The raw response, after the refresh-and-retry dance (for files such as the AK/1 PDF). */
export async function apiResponse(path: string, options: RequestOptions = {}): Promise<Response> {
  if (!accessToken && localStorage.getItem(REFRESH_KEY)) await refreshSession();
  let response = await send(path, options);
  if (response.status === 401 && localStorage.getItem(REFRESH_KEY) && (await refreshSession())) {
    response = await send(path, options);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string | string[]; details?: Record<string, unknown> };
    const message = Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? response.statusText);
    throw new ApiError(response.status, message, body.details);
  }
  return response;
}

/** JSON from the API; throws ApiError with the API's message on a non-2xx answer. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiResponse(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A query string from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '' && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
