import type { Handlers } from './dispatcher';
import { coreHandlers } from './core-handlers';
import { registerHandlers } from './register-handlers';
import { frameworkHandlers } from './framework-handlers';
import { answerHandlers } from './answer-handlers';
import { cycleHandlers } from './cycle-handlers';
import { toolHandlers } from './tool-handlers';
import { actionHandlers } from './action-handlers';
import { actionFileHandlers } from './action-file-handlers';
import { meetingHandlers } from './meeting-handlers';
import { challengeHandlers } from './challenge-handlers';
import { scrutinyHandlers } from './scrutiny-handlers';
import { reportHandlers } from './report-handlers';
import { caseAuditHandlers } from './case-audit-handlers';
import { storageHandlers } from './storage-handlers';

/** Every API method's handler. The type makes a missing or misspelt method a compile error. */
export const handlers: Handlers = {
  ...coreHandlers,
  ...registerHandlers,
  ...frameworkHandlers,
  ...cycleHandlers,
  ...answerHandlers,
  ...toolHandlers,
  ...actionHandlers,
  ...actionFileHandlers,
  ...meetingHandlers,
  ...challengeHandlers,
  ...scrutinyHandlers,
  ...reportHandlers,
  ...caseAuditHandlers,
  ...storageHandlers,
};
