import { createApiClient, type ApiClient, type Invoke } from '../../../shared/api/client';
import type { Result } from '../../../shared/result';
import { getBridge } from './bridge';

const TOKEN_KEY = 'auditDesk.launchToken';
const TOKEN_HEADER = 'x-audit-desk-token';

/**
 * The browser harness hands the launch token over in the URL fragment (#token=...). Read it once, keep it
 * for this tab in sessionStorage, and take it out of the address bar so it is not bookmarked or shared.
 */
export function captureLaunchToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      /* storage can be disabled; the token then lives only in memory */
    }
    memoryToken = token;
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    return token;
  }
  return readToken();
}

let memoryToken: string | null = null;
const readToken = (): string | null => {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
};

const failure = (message: string, code: 'internal' | 'unauthorised' = 'internal'): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** POST /api/<method> with the launch token, as electron/backend/server/harness.ts expects. */
export const httpInvoke: Invoke = async (method, input) => {
  const token = readToken();
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
      body: input === undefined ? '' : JSON.stringify(input),
    });
  } catch {
    return failure('Audit Desk could not reach its local service. Check that it is still running, then try again.');
  }
  const body = (await response.json().catch(() => null)) as Result<unknown> | null;
  if (body && typeof body === 'object' && 'ok' in body) return body;
  if (response.status === 401)
    return failure('This window is not signed in to Audit Desk. Open it again from the link Audit Desk gave you.', 'unauthorised');
  return failure(`Audit Desk's local service answered with an error (HTTP ${response.status}).`);
};

/** Desktop: the preload's IPC bridge. Browser: the loopback harness. */
export function createTransport(): { invoke: Invoke; api: ApiClient; mode: 'electron' | 'browser' } {
  const bridge = getBridge();
  if (bridge) {
    const invoke: Invoke = (method, input) => bridge.invoke(method, input);
    return { invoke, api: createApiClient(invoke), mode: 'electron' };
  }
  captureLaunchToken();
  return { invoke: httpInvoke, api: createApiClient(httpInvoke), mode: 'browser' };
}
