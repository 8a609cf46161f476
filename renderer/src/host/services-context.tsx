import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { Host } from '../../../shared/host';
import { getBridge } from '../api/bridge';
import { createTransport } from '../api/transport';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';

export interface Services {
  api: ApiClient;
  host: Host;
}

const ServicesContext = createContext<Services | null>(null);

/** Chooses the desktop bridge or the browser harness once, and gives every screen the API and the host. */
export function ServicesProvider(props: { children: ReactNode; tell: (message: string) => void; services?: Services }) {
  const { tell, services } = props;
  const value = useMemo<Services>(() => {
    if (services) return services;
    const { api } = createTransport();
    const bridge = getBridge();
    return { api, host: bridge ? createElectronHost(bridge) : createBrowserHost(tell) };
  }, [tell, services]);
  return <ServicesContext.Provider value={value}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices needs a ServicesProvider');
  return s;
}

export const useApi = (): ApiClient => useServices().api;
export const useHost = (): Host => useServices().host;
