import { BRIDGE_KEY, type AuditDeskBridge } from '../../../shared/bridge';

export type RendererBridge = AuditDeskBridge;

/** The preload bridge when running inside Electron; undefined in the browser harness. */
export const getBridge = (): RendererBridge | undefined => {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_KEY] as RendererBridge | undefined;
  return candidate && typeof candidate.invoke === 'function' && candidate.host ? candidate : undefined;
};
