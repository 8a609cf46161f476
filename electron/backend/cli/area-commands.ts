import type { AreaCommands } from './command-context';
import { cycleCommands } from './cycle-commands';
import { toolCommands } from './tool-commands';

/** Command modules of the feature areas, tried in order before the register commands. */
export const AREA_COMMANDS: AreaCommands[] = [cycleCommands, toolCommands];
