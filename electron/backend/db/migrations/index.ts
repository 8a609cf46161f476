import type { Migration } from '../migrator';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-cycles-returns';

/** Every migration, in order. Registered statically so bundlers and reviewers see them all. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
