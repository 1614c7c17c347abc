import { CASE_ACCESS_POLICY } from './case-access.policy';
import { CASELOAD_POLICY } from './caseload.policy';
import { LETTERS_POLICY } from './letters.policy';
import { NOTIFICATIONS_POLICY } from './notifications.policy';
import { PERFORMANCE_POLICY } from './performance.policy';
import { OPERATIONS_POLICY } from './operations.policy';
import { PLATFORM_POLICY } from './platform.policy';
import { PRIVACY_POLICY } from './privacy.policy';
import { RELEASE_LAW_CHANGES_POLICY } from './release-law-changes.policy';
import { SENTENCE_PARTNER_POLICY } from './sentence-partner.policy';
import { VICTIM_CASE_POLICY } from './victim-case.policy';
import { RoutePolicy } from './route-policy';
import { SENTENCES_POLICY } from './sentences.policy';
import { VICTIMS_POLICY } from './victims.policy';

/** The whole access policy, one file per area so each area's routes and rules sit together. */
export const POLICY: RoutePolicy = {
  ...PLATFORM_POLICY,
  ...SENTENCES_POLICY,
  ...RELEASE_LAW_CHANGES_POLICY,
  ...VICTIMS_POLICY,
  ...VICTIM_CASE_POLICY,
  ...SENTENCE_PARTNER_POLICY,
  ...CASELOAD_POLICY,
  ...LETTERS_POLICY,
  ...PRIVACY_POLICY,
  ...NOTIFICATIONS_POLICY,
  ...OPERATIONS_POLICY,
  ...CASE_ACCESS_POLICY,
  ...PERFORMANCE_POLICY,
};
