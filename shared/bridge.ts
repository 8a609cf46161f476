import type { Invoke } from './api/client';
import type { Host, HostMethod } from './host';
import type { Result } from './result';

/**
 * Host operations as they cross the IPC bridge: one argument each, and a Result instead of a rejection,
 * because Electron rewrites the message of an error thrown in a handler and drops its code.
 */
export type BridgeHost = {
  [M in HostMethod]: (arg: Parameters<Host[M]>[0]) => Promise<Result<Awaited<ReturnType<Host[M]>>>>;
};

/** What the preload exposes as `window.auditDesk` in the desktop app (absent in the browser harness). */
export interface AuditDeskBridge {
  /** Calls an API method through the one IPC channel; never rejects for API errors. */
  invoke: Invoke;
  host: BridgeHost;
  platform: 'desktop';
}

/** The global name the preload exposes the bridge under. */
export const BRIDGE_KEY = 'auditDesk';

/**
 * The IPC channels (api/contract.ts re-exports them as API_CHANNEL and HOST_CHANNEL). They live here, in a
 * file without zod, because the sandboxed preload may require nothing but electron.
 */
export const BRIDGE_CHANNELS = { api: 'audit-desk:api', host: 'audit-desk:host' } as const;
