import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** Hash routes ("#/agencies/12") work both from the harness and from a file:// page in Electron. */
const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};
const snapshot = () => window.location.hash;

export const parseRoute = (hash: string): string[] =>
  hash
    .replace(/^#\/?/, '')
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);

export const navigate = (path: string) => {
  const target = `#${path.startsWith('/') ? path : `/${path}`}`;
  if (window.location.hash !== target) window.location.hash = target;
};

export function useRoute(): { segments: string[]; navigate: (path: string) => void } {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return { segments: parseRoute(hash), navigate: useCallback(navigate, []) };
}

/** The "?bucket=overdue&agency=12" part of a route, so a link can open a filtered list. */
export const parseRouteQuery = (hash: string): URLSearchParams => {
  const i = hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : hash.slice(i + 1));
};

/** The route's query, re-read whenever the address changes. */
export function useRouteQuery(): URLSearchParams {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => parseRouteQuery(hash), [hash]);
}
