import type { Generated } from 'kysely';

// Board paper drafts and their sections.

export interface BoardPapersTable {
  id: Generated<number>;
  cycle_id: number;
  /** JSON object: header row label → the value the user set. */
  header_values: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface BoardPaperSectionsTable {
  id: Generated<number>;
  paper_id: number;
  section_key: string;
  /** Null: the built-in title. */
  title: string | null;
  position: number;
  level: number;
  hidden: number;
  builtin: number;
  /** Null: use the generated text. */
  edited_text: string | null;
  edited_fingerprint: string | null;
  /** JSON object of the facts the edit was made against, for the what-changed hint. */
  edited_facts: string | null;
  edited_at: string | null;
  edited_by: string | null;
}

// ---- Multi-agency case-file audits (migration 0006) ----
