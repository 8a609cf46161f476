import type { Generated } from 'kysely';

// Frameworks: rating scales, versions, standards, items and per-sector wording.

export interface RatingScalesTable {
  id: Generated<number>;
  name: string;
  kind: string;
  higher_is_better: number;
  allows_na: number;
  na_label: string;
  min_value: number | null;
  max_value: number | null;
  step: number | null;
}

export interface ScaleLevelsTable {
  id: Generated<number>;
  scale_id: number;
  position: number;
  code: string;
  label: string;
  colour: string;
  score: number;
  description: string | null;
  band_min: number | null;
  band_max: number | null;
}

export interface FrameworksTable {
  id: Generated<number>;
  family_key: string;
  name: string;
  version_label: string;
  version_number: number;
  status: string;
  description: string | null;
  duties: string;
  rating_target: string;
  standard_rollup: string;
  wording_sectors: string;
  scale_id: number;
  built_in: number;
  derived_from_id: number | null;
  frozen_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FrameworkStandardsTable {
  id: Generated<number>;
  framework_id: number;
  position: number;
  number: string;
  title: string;
  guidance: string | null;
}

export interface FrameworkItemsTable {
  id: Generated<number>;
  standard_id: number;
  position: number;
  number: string;
  text: string;
  evidence_prompt: string | null;
  guidance: string | null;
}

export interface FrameworkItemWordingsTable {
  id: Generated<number>;
  item_id: number;
  sector_code: string;
  text: string;
  evidence_prompt: string | null;
}
