import type { z } from 'zod';
import { BRIDGE_CHANNELS } from '../bridge';
import { actionsMethods } from './methods/actions';
import { caseAuditsMethods } from './methods/case-audits';
import { coreMethods } from './methods/core';
import { cyclesMethods } from './methods/cycles';
import { frameworksMethods } from './methods/frameworks';
import { registerMethods } from './methods/register';
import { reportsMethods } from './methods/reports';
import { scrutinyMethods } from './methods/scrutiny';

/**
 * The whole API: method name → zod schema of its input, and the type of its output.
 * The renderer, the IPC channel, the HTTP harness and the CLI all speak exactly this.
 * Each area's methods live in methods/<area>.ts; this map joins them.
 */
export const contract = {
  ...coreMethods,
  ...registerMethods,
  ...frameworksMethods,
  ...cyclesMethods,
  ...actionsMethods,
  ...scrutinyMethods,
  ...reportsMethods,
  ...caseAuditsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ApiInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives: the input after zod has parsed and normalised it. */
export type ApiParsed<M extends MethodName> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends MethodName> = Contract[M]['output'];
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (m: unknown): m is MethodName =>
  typeof m === 'string' && Object.prototype.hasOwnProperty.call(contract, m);

/** The IPC channel the preload forwards every API call on (defined zod-free for the sandboxed preload). */
export const API_CHANNEL = BRIDGE_CHANNELS.api;
/** The IPC channel for host (desktop-only) operations. */
export const HOST_CHANNEL = BRIDGE_CHANNELS.host;
