import type { ActionDetail, ActionInput, ActionKind, ActionPatch, ActionPriority } from '../../../../shared/domain/action';
import type { FieldErrors } from '../../components/form-errors';

// The action form's values and how they become the API's input: all fields for a new action, the editable
// ones (a patch) for an existing one. Due date and status of an existing action change only by an update.

export interface ActionFormValues {
  kind: ActionKind;
  agencyId: number | null;
  groupId: number | null;
  cycleId: number | null;
  targetKey: string;
  theme: string;
  description: string;
  ownerContactId: number | null;
  ownerName: string;
  dueDate: string;
  priority: ActionPriority;
  completionNote: string;
}

export const emptyAction: ActionFormValues = {
  kind: 'agency',
  agencyId: null,
  groupId: null,
  cycleId: null,
  targetKey: '',
  theme: '',
  description: '',
  ownerContactId: null,
  ownerName: '',
  dueDate: '',
  priority: 'medium',
  completionNote: '',
};

/** A prefilled new action (from a weak rating, or the agency's own view). */
export const inputToForm = (i: Partial<ActionInput>): ActionFormValues => ({
  ...emptyAction,
  kind: i.kind ?? 'agency',
  agencyId: i.agencyId ?? null,
  groupId: i.groupId ?? null,
  cycleId: i.cycleId ?? null,
  targetKey: i.targetKey ?? '',
  theme: i.theme ?? '',
  description: i.description ?? '',
  ownerContactId: i.ownerContactId ?? null,
  ownerName: i.ownerName ?? '',
  dueDate: i.dueDate ?? '',
  priority: i.priority ?? 'medium',
});

export const actionToForm = (a: ActionDetail): ActionFormValues => ({
  kind: a.kind,
  agencyId: a.agencyId,
  groupId: a.groupId,
  cycleId: a.cycleId,
  targetKey: a.targetKey ?? '',
  theme: a.theme ?? '',
  description: a.description,
  ownerContactId: a.ownerContactId,
  // The row shows the contact's name as owner; free text only when there is no contact.
  ownerName: a.ownerContactId ? '' : (a.owner ?? ''),
  dueDate: a.dueDate,
  priority: a.priority,
  completionNote: a.completionNote ?? '',
});

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export const formToInput = (v: ActionFormValues, source: ActionInput['source'] = 'manual'): ActionInput => ({
  kind: v.kind,
  agencyId: v.kind === 'agency' ? v.agencyId : null,
  groupId: v.kind === 'partnership' ? v.groupId : null,
  cycleId: v.cycleId,
  targetKey: orNull(v.targetKey),
  theme: orNull(v.theme),
  description: v.description,
  ownerContactId: v.ownerContactId,
  ownerName: v.ownerContactId ? null : orNull(v.ownerName),
  dueDate: v.dueDate,
  priority: v.priority,
  source,
});

export const formToPatch = (v: ActionFormValues): ActionPatch => ({
  description: v.description,
  ownerContactId: v.ownerContactId,
  ownerName: v.ownerContactId ? null : orNull(v.ownerName),
  priority: v.priority,
  ...(v.kind === 'partnership' ? { groupId: v.groupId } : {}),
  cycleId: v.cycleId,
  targetKey: orNull(v.targetKey),
  theme: orNull(v.theme),
  completionNote: orNull(v.completionNote),
});

/** The schema's words where a form says it better. */
export const actionWording = (errors: FieldErrors): FieldErrors => ({
  ...errors,
  ...(errors.dueDate ? { dueDate: 'Enter the due date, for example 31/03/2027.' } : {}),
  ...(errors.agencyId ? { agencyId: 'Choose the agency whose action this is.' } : {}),
  ...(errors.groupId ? { groupId: 'Choose the group that owns this partnership action.' } : {}),
});

export const ACTION_FIELD_LABELS: Record<string, string> = {
  description: 'Description',
  ownerContactId: 'Owner (contact)',
  ownerName: 'Owner',
  priority: 'Priority',
  groupId: 'Group',
  cycleId: 'Cycle',
  targetKey: 'Standard or item',
  theme: 'Theme',
  completionNote: 'Completion note',
  dueDate: 'Due date',
  status: 'Status',
  droppedReason: 'Reason dropped',
};
