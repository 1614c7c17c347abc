/**
 * What sealing the case view at rest costs on the CPU (issue 13 §3): seal then open the personal parts of 10,000 case
 * rows (contact details, one acting person, communication needs) under 100 victims' keys, as the projection writes
 * and the case view, caseload list and letters read them. Keys are looked up once per page in the query path (one
 * `findMany`, cached), so this is the per-row cost that sealing adds to a read.
 *
 *   node scripts/run.js ts-node -r tsconfig-paths/register --transpile-only bench/personal-data/case-view-sealing.ts
 *
 * Prints the figures; asserts nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  CasePersonalParts,
  openedParts,
  sealedParts,
} from '../../libs/read-models/src/victim-case/victim-case-sealing';
import { openWith, sealWith } from '../../libs/security/src/personal-data/read-model-sealing';

const ROWS = 10_000;
const parts: CasePersonalParts = {
  contactDetails: {
    fullName: 'Amelia Thornbury',
    dateOfBirth: '1984-03-09',
    addresses: [{ source: 'referral', lines: ['14 Larkspur Close', 'Headingley', 'Leeds'], postcode: 'LS6 2QT' }],
    phones: [{ source: 'referral', kind: 'mobile', number: '07700 900123' }],
    emails: [{ source: 'referral', address: 'amelia.thornbury@example.org' }],
  },
  actingPersons: [
    {
      actingPersonId: randomUUID(),
      role: 'family-member',
      nominatedOn: '2026-01-05',
      receivesCommunications: true,
      personal: { fullName: 'Tom Thornbury', relationshipToVictim: 'brother', phone: '07700 900456' },
    },
  ],
  contactPreferences: {
    channels: ['letter', 'email'],
    communication: { language: 'en', accessibleFormats: ['large-print'], timesNotToCall: ['evenings'] },
  },
};
const keys = new Map<string, Buffer>(Array.from({ length: 100 }, () => [randomUUID(), randomBytes(32)] as const));
const victims = [...keys.keys()];
const rows = Array.from({ length: ROWS }, (_, i) => victims[i % victims.length]);
const seal = (victimId: string, text: string | null | undefined) =>
  typeof text === 'string' ? sealWith(keys.get(victimId) as Buffer, victimId, text) : null;
const open = (victimId: string, sealed: unknown) =>
  typeof sealed === 'string' ? (openWith(keys.get(victimId) as Buffer, victimId, sealed) ?? null) : null;

for (let round = 1; round <= 3; round++) {
  // CPU time of this process (user + system), not wall time: on a shared machine the wall clock counts the others' work.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const started = cpuMs();
  const stored = rows.map((victimId) => sealedParts(seal, victimId, parts));
  const sealedAt = cpuMs();
  rows.forEach((victimId, i) => openedParts(open, victimId, stored[i]));
  const openedAt = cpuMs();
  const sealMs = sealedAt - started;
  const openMs = openedAt - sealedAt;
  process.stdout.write(
    `round ${round} (CPU time): ${ROWS.toLocaleString('en-GB')} case rows (${JSON.stringify(parts).length} B of parts -> ${JSON.stringify(stored[0]).length} B stored): ` +
      `seal ${sealMs.toFixed(1)} ms (${((sealMs * 1000) / ROWS).toFixed(1)} µs a row), open ${openMs.toFixed(1)} ms (${((openMs * 1000) / ROWS).toFixed(1)} µs a row); ` +
      `a page of 25 names opens in ~${((openMs / ROWS) * 25).toFixed(2)} ms\n`,
  );
}
