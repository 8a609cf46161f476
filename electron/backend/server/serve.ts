import { resolve } from 'node:path';
import { startBackend } from '../app';
import { defaultDataDir } from '../paths';
import { startHarness } from './harness';

/**
 * Runs Audit Desk in a browser: the backend under plain Node, the built renderer served on 127.0.0.1.
 * Used by `npm start` where Electron cannot start, and handy for development.
 */
const repo = resolve(import.meta.dirname, '..', '..', '..');

async function main() {
  const dataDir = defaultDataDir();
  const backend = await startBackend({ dataDir, resourcesDir: resolve(repo, 'resources'), mode: 'browser' });
  const harness = await startHarness({
    dispatch: backend.dispatch,
    staticDir: resolve(repo, 'out', 'renderer'),
    port: Number(process.env.AUDIT_DESK_PORT ?? 5183),
  });
  const reason = process.env.AUDIT_DESK_ELECTRON_REASON;
  console.log('');
  if (reason) console.log(`Electron could not start here (${reason}), so Audit Desk runs in your browser instead.`);
  console.log('Open this address in a browser on this computer (the part after # is this session\'s key):');
  console.log(`\n    ${harness.launchUrl}\n`);
  console.log(`Data folder: ${dataDir}${backend.opened.created ? '  (new: the Northmoor demo partnership was created)' : ''}`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await harness.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`Audit Desk could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
