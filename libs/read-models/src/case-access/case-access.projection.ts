import { DomainEventType, unreachable } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { BatchColumn, writeRows } from '../batch-sql';
import { Projection } from '../projection';
import { recordedDomainEventOf } from '../recorded-domain-event';

/** Projection name: what read-your-writes waits for on every query filtered by unit. */
export const CASE_ACCESS_PROJECTION = 'case-access';

const CASE_ACCESS_EVENTS = [
  'SentenceRecorded',
  'ReferralReceived',
  'VictimCaseTransferred',
  'CaseAccessGranted',
  'CaseAccessRevoked',
] as const satisfies readonly DomainEventType[];
type CaseAccessEventType = (typeof CASE_ACCESS_EVENTS)[number];

const SENTENCE_COLUMNS: readonly BatchColumn[] = [
  ['sentence_id', 'text'],
  ['region', 'text'],
];
const UNIT_COLUMNS: readonly BatchColumn[] = [
  ['victim_id', 'uuid'],
  ['unit', 'text'],
  ['referral_sentence_id', 'text'],
  ['unit_derived', 'boolean'],
];
const GRANT_COLUMNS: readonly BatchColumn[] = [
  ['grant_id', 'text'],
  ['victim_id', 'uuid'],
  ['case_unit', 'text'],
  ['grantee_user_id', 'text'],
  ['grantee_unit', 'text'],
  ['reason', 'text'],
  ['granted_by', 'text'],
  ['granted_at', 'timestamptz'],
  ['expires_at', 'timestamptz'],
  ['revoked_at', 'timestamptz'],
  ['revoked_by', 'text'],
];

type UnitRow = [victimId: string, unit: string, referralSentenceId: string, derived: boolean];
type GrantRow = [string, string, string, string, string, string, string, string, string, string | null, string | null];

/**
 * Which unit holds each case (`case_units`) and who else may open it for a while (`case_access_grants`). A referral
 * names its unit; one recorded before units existed takes the probation region of its referral sentence
 * (`unit_derived`). A transfer moves the case; a grant is added, a revocation ends it. No personal data: the reason's
 * note stays in the event, encrypted.
 */
export class CaseAccessProjection implements Projection {
  readonly name = CASE_ACCESS_PROJECTION;
  readonly handles = CASE_ACCESS_EVENTS;
  readonly tables = ['case_units', 'case_unit_sentences', 'case_access_grants'];
  readonly readsPersonalData = false;

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  async applyBatch(recorded: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const events = recorded.map(recordedDomainEventOf<CaseAccessEventType>);
    const sentences = new Map<string, string>();
    const units = new Map<string, UnitRow>();
    const grants = new Map<string, GrantRow>();
    const legacySentenceIds = events.flatMap((e) =>
      e.type === 'ReferralReceived' && e.data.vloUnit === undefined ? [e.data.sentenceId] : [],
    );
    const known = await loadRegions(manager, legacySentenceIds);
    const touchedVictims = events.flatMap((e) => (e.type === 'VictimCaseTransferred' ? [e.data.victimId] : []));
    for (const row of await loadUnits(manager, touchedVictims)) units.set(row[0], row);
    const touchedGrants = events.flatMap((e) => (e.type === 'CaseAccessRevoked' ? [e.data.grantId] : []));
    for (const row of await loadGrants(manager, touchedGrants)) grants.set(row[0], row);

    for (const event of events) {
      switch (event.type) {
        case 'SentenceRecorded': {
          const { sentenceId, probationRegion } = event.data;
          if (!sentences.has(sentenceId)) sentences.set(sentenceId, probationRegion);
          break;
        }
        case 'ReferralReceived': {
          const { victimId, sentenceId, vloUnit } = event.data;
          const unit = vloUnit ?? sentences.get(sentenceId) ?? known.get(sentenceId);
          // A referral always follows its sentence; without one the case is reachable by national roles only.
          units.set(victimId, [victimId, unit ?? 'unknown', sentenceId, vloUnit === undefined]);
          break;
        }
        case 'VictimCaseTransferred': {
          const { victimId, toUnit } = event.data;
          const current = units.get(victimId);
          if (current) units.set(victimId, [victimId, toUnit, current[2], false]);
          break;
        }
        case 'CaseAccessGranted': {
          const d = event.data;
          grants.set(d.grantId, [
            d.grantId,
            d.victimId,
            d.caseUnit,
            d.granteeUserId,
            d.granteeUnit,
            d.reason,
            event.metadata.actor?.userId ?? 'unknown',
            d.grantedAt,
            d.expiresAt,
            null,
            null,
          ]);
          break;
        }
        case 'CaseAccessRevoked': {
          const d = event.data;
          const grant = grants.get(d.grantId);
          if (grant)
            grants.set(d.grantId, [
              ...grant.slice(0, 9),
              d.revokedAt,
              event.metadata.actor?.userId ?? 'unknown',
            ] as GrantRow);
          break;
        }
        default:
          return unreachable(event);
      }
    }
    await writeRows(manager, {
      table: 'case_unit_sentences',
      columns: SENTENCE_COLUMNS,
      rows: [...sentences],
      onConflict: { nothing: ['sentence_id'] },
    });
    await writeRows(manager, {
      table: 'case_units',
      columns: UNIT_COLUMNS,
      rows: [...units.values()],
      onConflict: { update: ['victim_id'] },
    });
    await writeRows(manager, {
      table: 'case_access_grants',
      columns: GRANT_COLUMNS,
      rows: [...grants.values()],
      onConflict: { update: ['grant_id'] },
    });
  }
}

async function loadRegions(manager: EntityManager, sentenceIds: readonly string[]): Promise<Map<string, string>> {
  if (sentenceIds.length === 0) return new Map();
  const rows: { sentence_id: string; region: string }[] = await manager.query(
    'SELECT sentence_id, region FROM case_unit_sentences WHERE sentence_id = ANY($1::text[])',
    [[...new Set(sentenceIds)]],
  );
  return new Map(rows.map((r) => [r.sentence_id, r.region]));
}

async function loadUnits(manager: EntityManager, victimIds: readonly string[]): Promise<UnitRow[]> {
  if (victimIds.length === 0) return [];
  const rows: { victim_id: string; unit: string; referral_sentence_id: string; unit_derived: boolean }[] =
    await manager.query(
      'SELECT victim_id::text, unit, referral_sentence_id, unit_derived FROM case_units WHERE victim_id = ANY($1::uuid[])',
      [[...new Set(victimIds)]],
    );
  return rows.map((r) => [r.victim_id, r.unit, r.referral_sentence_id, r.unit_derived]);
}

async function loadGrants(manager: EntityManager, grantIds: readonly string[]): Promise<GrantRow[]> {
  if (grantIds.length === 0) return [];
  const rows: Record<string, string | null>[] = await manager.query(
    `SELECT grant_id, victim_id::text, case_unit, grantee_user_id, grantee_unit, reason, granted_by, granted_at, expires_at, revoked_at, revoked_by
     FROM case_access_grants WHERE grant_id = ANY($1::text[])`,
    [[...new Set(grantIds)]],
  );
  return rows.map((r) => GRANT_COLUMNS.map(([name]) => r[name]) as GrantRow);
}
