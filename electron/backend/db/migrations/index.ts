import type { Migration } from '../migrator';
import { migration0001 } from './0001-initial';

/** Every migration, in order. Registered statically so bundlers and reviewers see them all. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
