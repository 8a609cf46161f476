import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

const listeners = new Map<string, Set<() => void>>();

/** Tells every screen that shows data under these keys to load it again (after a save elsewhere). */
export function invalidate(...keys: string[]): void {
  for (const key of keys) listeners.get(key)?.forEach((reload) => reload());
}

export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (value: T) => void;
}

/** Loads data from the API when deps change, or when one of `keys` is invalidated. Stale answers are dropped. */
export function useApiData<T>(load: () => Promise<T>, deps: DependencyList, keys: readonly string[] = []): ApiData<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (!live) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version]);

  const keyList = keys.join('|');
  useEffect(() => {
    const ks = keyList ? keyList.split('|') : [];
    for (const k of ks) {
      if (!listeners.has(k)) listeners.set(k, new Set());
      listeners.get(k)!.add(reload);
    }
    return () => {
      for (const k of ks) listeners.get(k)?.delete(reload);
    };
  }, [keyList, reload]);

  return { data, error, loading, reload, setData };
}
