import { expect } from 'vitest';
import { CliError, runCli } from '../../electron/backend/cli/main';

// The CLI as a user runs it, for the *-cli tests: its output captured, and failures as the message it prints.

export async function runCommand(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, (s) => (out += s));
  return { code, out };
}

/** The message of the CliError the command stops with (anything else fails the test). */
export async function cliFailure(...args: string[]): Promise<string> {
  const err = await runCommand(...args).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(CliError);
  return (err as Error).message;
}
