import { MIGRATION_001_INITIAL } from './001_initial.js';
import { MIGRATION_002_SYNC } from './002_sync.js';
import { MIGRATION_003_SIGNED_ORIGINS } from './003_signed_origins.js';
import { MIGRATION_004_MILESTONE_COMMENT } from './004_milestone_comment.js';
import { MIGRATION_005_SEARCH_EVERYTHING } from './005_search_everything.js';
import { MIGRATION_006_ERASED_VALUES } from './006_erased_values.js';
import { MIGRATION_007_FIELD_HEADS } from './007_field_heads.js';
import { MIGRATION_008_LESSONS_AND_CHANGES } from './008_lessons_and_changes.js';
import { MIGRATION_009_MINUTES_FACTS } from './009_minutes_facts.js';
import { MIGRATION_010_RISK_CRITERIA } from './010_risk_criteria.js';
import { MIGRATION_011_STATUS_REPORTS } from './011_status_reports.js';
import { MIGRATION_012_PLAN_VERSION } from './012_plan_version.js';
import { MIGRATION_013_BUDGET_ACCOUNTS } from './013_budget_accounts.js';
import { MIGRATION_014_CONTENTLESS_SEARCH } from './014_contentless_search.js';
import { MIGRATION_015_EXCHANGE_HISTORY } from './015_exchange_history.js';
import { MIGRATION_016_GROUP_DESCRIPTION } from './016_group_description.js';

/**
 * The numbered migrations, in order. PRAGMA user_version holds the number of
 * the last one applied; each runs in its own transaction with its version bump.
 */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  { version: 1, sql: MIGRATION_001_INITIAL },
  { version: 2, sql: MIGRATION_002_SYNC },
  { version: 3, sql: MIGRATION_003_SIGNED_ORIGINS },
  { version: 4, sql: MIGRATION_004_MILESTONE_COMMENT },
  { version: 5, sql: MIGRATION_005_SEARCH_EVERYTHING },
  { version: 6, sql: MIGRATION_006_ERASED_VALUES },
  { version: 7, sql: MIGRATION_007_FIELD_HEADS },
  { version: 8, sql: MIGRATION_008_LESSONS_AND_CHANGES },
  { version: 9, sql: MIGRATION_009_MINUTES_FACTS },
  { version: 10, sql: MIGRATION_010_RISK_CRITERIA },
  { version: 11, sql: MIGRATION_011_STATUS_REPORTS },
  { version: 12, sql: MIGRATION_012_PLAN_VERSION },
  { version: 13, sql: MIGRATION_013_BUDGET_ACCOUNTS },
  { version: 14, sql: MIGRATION_014_CONTENTLESS_SEARCH },
  { version: 15, sql: MIGRATION_015_EXCHANGE_HISTORY },
  { version: 16, sql: MIGRATION_016_GROUP_DESCRIPTION },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
