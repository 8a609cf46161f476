import { addActionEvidence, removeActionEvidence } from '../services/action-evidence';
import { createActionGroup, listActionGroups, updateActionGroup } from '../services/action-groups';
import { createActionsForWeak, suggestAction } from '../services/action-suggest';
import { addUpdate } from '../services/action-updates';
import { createAction, deleteAction, updateAction } from '../services/actions';
import { actionBoard } from '../services/actions-board';
import { getAction, listActions } from '../services/actions-read';
import { homeTiles } from '../services/home-tiles';
import { todayOf } from '../services/write-context';
import type { Handlers } from './dispatcher';

// Action plans: groups, actions, progress updates, evidence, actions from weak ratings, and the home tiles.
type Methods =
  | 'home.tiles'
  | 'actionGroups.list'
  | 'actionGroups.create'
  | 'actionGroups.update'
  | 'actions.board'
  | 'actions.list'
  | 'actions.get'
  | 'actions.create'
  | 'actions.update'
  | 'actions.delete'
  | 'actions.addUpdate'
  | 'actions.addEvidence'
  | 'actions.removeEvidence'
  | 'actions.suggest'
  | 'actions.createForWeak';

export const actionHandlers: Pick<Handlers, Methods> = {
  'home.tiles': (ctx) => homeTiles(ctx.db, todayOf(ctx)),
  'actionGroups.list': (ctx, input) => listActionGroups(ctx.db, input?.includeInactive ?? false),
  'actionGroups.create': (ctx, { name }) => createActionGroup(ctx.db, ctx, name),
  'actionGroups.update': (ctx, { id, ...patch }) => updateActionGroup(ctx.db, ctx, id, patch),
  'actions.board': (ctx, filter) => actionBoard(ctx.db, filter, todayOf(ctx)),
  'actions.list': (ctx, filter) => listActions(ctx.db, filter, todayOf(ctx)),
  'actions.get': (ctx, { id }) => getAction(ctx.db, id, todayOf(ctx)),
  'actions.create': (ctx, input) => createAction(ctx.db, ctx, input),
  'actions.update': (ctx, { id, patch }) => updateAction(ctx.db, ctx, id, patch),
  'actions.delete': (ctx, { id }) => deleteAction(ctx.db, ctx, id),
  'actions.addUpdate': (ctx, { id, update }) => addUpdate(ctx.db, ctx, id, update),
  // The contract's refine guarantees exactly one of file and url.
  'actions.addEvidence': (ctx, { id, file, url }) => addActionEvidence(ctx.db, ctx, id, file ? { file } : { url: url! }),
  'actions.removeEvidence': (ctx, { evidenceId }) => removeActionEvidence(ctx.db, ctx, evidenceId),
  'actions.suggest': (ctx, { cycleAgencyId, targetKey }) => suggestAction(ctx.db, cycleAgencyId, targetKey, todayOf(ctx)),
  'actions.createForWeak': (ctx, { cycleAgencyId, dueDate, priority }) => createActionsForWeak(ctx.db, ctx, cycleAgencyId, dueDate, priority),
};
