import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api/contract';
import type { Backend } from '../app';
import type { OutputFormat } from './format';

export class CliError extends Error {}

/** What every CLI command gets: the dispatcher (as `call`), output, and the parsed command line. */
export interface CommandContext {
  backend: Backend;
  call: <M extends MethodName>(method: M, input?: ApiInput<M>) => Promise<ApiOutput<M>>;
  out: (s: string) => void;
  format: OutputFormat;
  values: {
    search?: string;
    inactive?: boolean;
    'dry-run'?: boolean;
    folder?: string;
    cycle?: string;
    framework?: string;
    name?: string;
    type?: string;
    period?: string;
  };
  group: string;
  verb: string | undefined;
  rest: string[];
  dataDir: string;
}

/** A feature's commands: returns the exit code, or null when the command is not one of its own. */
export type AreaCommands = (c: CommandContext) => Promise<number | null>;
