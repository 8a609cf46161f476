import type { AreaCommands } from './command-context';

/** Command modules of the feature areas, tried in order before the register commands. */
export const AREA_COMMANDS: AreaCommands[] = [];
