import type { Handlers } from './dispatcher';
import { coreHandlers } from './core-handlers';
import { registerHandlers } from './register-handlers';
import { frameworkHandlers } from './framework-handlers';
import { answerHandlers } from './answer-handlers';
import { cycleHandlers } from './cycle-handlers';
import { toolHandlers } from './tool-handlers';

/** Every API method's handler. The type makes a missing or misspelt method a compile error. */
export const handlers: Handlers = {
  ...coreHandlers,
  ...registerHandlers,
  ...frameworkHandlers,
  ...cycleHandlers,
  ...answerHandlers,
  ...toolHandlers,
};
