import type { Generated } from 'kysely';

// Action plans: groups, actions, progress updates, evidence and requests for updates.

export interface ActionGroupsTable {
  id: Generated<number>;
  name: string;
  sort_order: number;
  active: number;
  created_at: string;
}

export interface ActionsTable {
  id: Generated<number>;
  kind: string;
  agency_id: number | null;
  group_id: number | null;
  cycle_id: number | null;
  target_key: string | null;
  standard_id: number | null;
  item_id: number | null;
  theme: string | null;
  description: string;
  owner_contact_id: number | null;
  owner_name: string | null;
  priority: string;
  status: string;
  dropped_reason: string | null;
  completion_note: string | null;
  completed_on: string | null;
  original_due_date: string;
  due_date: string;
  due_date_moves: number;
  last_update_on: string | null;
  last_update_text: string | null;
  last_rag: string | null;
  source: string;
  source_ref: string | null;
  created_on: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface ActionUpdatesTable {
  id: Generated<number>;
  action_id: number;
  update_date: string;
  text: string | null;
  rag: string | null;
  status: string | null;
  previous_due_date: string | null;
  new_due_date: string | null;
  slippage_reason: string | null;
  reported_by: string | null;
  created_at: string;
  created_by: string;
}

export interface ActionEvidenceTable {
  id: Generated<number>;
  action_id: number;
  kind: string;
  file_name: string | null;
  stored_path: string | null;
  sha256: string | null;
  size_bytes: number | null;
  url: string | null;
  added_at: string;
  added_by: string;
}

export interface ActionRequestsTable {
  id: Generated<number>;
  agency_id: number;
  sent_at: string;
  method: string;
  to_addresses: string;
  cc_addresses: string;
  subject: string;
  action_count: number;
  created_by: string;
}
