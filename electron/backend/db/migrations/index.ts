import type { Migration } from '../migrator';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-cycles-returns';
import { migration0003 } from './0003-actions';
import { migration0004 } from './0004-scrutiny';
import { migration0005 } from './0005-board-papers';
import { migration0006 } from './0006-case-audits';
import { migration0007 } from './0007-return-summaries';

/** Every migration, in order. Registered statically so bundlers and reviewers see them all. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
