import { actionCommands } from './action-commands';
import type { AreaCommands } from './command-context';
import { caseAuditCommands } from './case-audit-commands';
import { cycleCommands } from './cycle-commands';
import { meetingCommands } from './meeting-commands';
import { reportCommands } from './report-commands';
import { toolCommands } from './tool-commands';
import { storageCommands } from './storage-commands';

/** Command modules of the feature areas, tried in order before the register commands. */
export const AREA_COMMANDS: AreaCommands[] = [cycleCommands, toolCommands, actionCommands, meetingCommands, reportCommands, caseAuditCommands, storageCommands];
