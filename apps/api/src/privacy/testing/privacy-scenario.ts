import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CaseWriter,
  PERSONAL_VALUES as FULL_CASE_VALUES,
} from '../../queries/victim-case/testing/victim-case-scenario';

/** The second victim on the same sentence: must keep every detail when the first is erased. */
export const OTHER_VICTIM = {
  fullName: 'Perpetua Unerased',
  dateOfBirth: '1985-07-09',
  address: { lines: ['88 Linden Grove', 'Wakefield'], postcode: 'WF1 2AB' },
  phone: '01924 496 555',
  email: 'perpetua.unerased@example.org',
};
export const OTHER_VALUES = [
  OTHER_VICTIM.fullName,
  OTHER_VICTIM.address.lines[0],
  OTHER_VICTIM.address.postcode,
  OTHER_VICTIM.phone,
  OTHER_VICTIM.email,
];

export const STATEMENT = 'Since the attack I have not been able to walk to the shops on my own.';
export const MEETING_NOTES_A = 'She asked for an exclusion zone around her sister’s house';
export const MEETING_NOTES_B = 'Could not be reached before the meeting';

/** Every personal value the erased victim's case holds: name, addresses, phones, emails, free text. */
export const ERASED_VALUES = [...FULL_CASE_VALUES, STATEMENT, MEETING_NOTES_A];

/** Writes a VPS for the victim and an inter-agency meeting that considered both victims, with notes about each. */
export async function statementAndMeeting(
  writer: CaseWriter,
  sentenceId: string,
  victimA: string,
  victimB: string,
): Promise<void> {
  await writer.send('post', `/victims/${victimA}/representations`, {
    sentenceId,
    kind: 'victim-personal-statement',
    vpsPresentation: 'read-by-victim',
    sentTo: ['parole-board'],
    submittedOn: '2026-11-03',
    personal: { statementText: STATEMENT },
  });
  const actionId = randomUUID();
  await writer.send('post', `/sentences/${sentenceId}/inter-agency-meetings`, {
    meetingId: randomUUID(),
    kind: 'mappa',
    mappa: { category: 2, level: 2 },
    heldOn: '2026-11-04',
    agenciesPresent: ['probation', 'police', 'victim-liaison-unit'],
    victimsConsidered: [
      { victimId: victimA, viewsPresented: true, outcome: 'licence-conditions-recommended' },
      { victimId: victimB, viewsPresented: false, outcome: 'no-change' },
    ],
    actions: [{ actionId, forVictimId: victimA, ownerAgency: 'police', dueOn: '2026-12-01' }],
    personal: {
      [victimA]: { viewsPresented: MEETING_NOTES_A, actions: { [actionId]: 'Police to map the exclusion zone' } },
      [victimB]: { notes: MEETING_NOTES_B },
    },
  });
}

/** Every table (and column) of the database's schema whose rows, as JSON text, contain any of the values. */
export async function tablesHolding(
  dataSource: DataSource,
  values: readonly string[],
): Promise<{ table: string; value: string }[]> {
  const tables: { table_name: string }[] = await dataSource.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const found: { table: string; value: string }[] = [];
  for (const { table_name: table } of tables) {
    const rows: { value: string }[] = await dataSource.query(
      `SELECT v.value FROM unnest($1::text[]) AS v(value) WHERE EXISTS (SELECT 1 FROM "${table}" t WHERE strpos(row_to_json(t)::text, v.value) > 0)`,
      [values.map((value) => JSON.stringify(value).slice(1, -1))],
    );
    found.push(...rows.map((row) => ({ table, value: row.value })));
  }
  return found;
}

/** Waits until every projection's checkpoint has passed the position ("commit/prepare"). */
export async function waitForProjections(
  dataSource: DataSource,
  names: readonly string[],
  position: string,
  timeoutMs = 10_000,
): Promise<void> {
  const [commit, prepare] = position.split('/').map(BigInt);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const rows: { commit_position: string | null; prepare_position: string | null }[] = await dataSource.query(
      'SELECT commit_position::text, prepare_position::text FROM projection_checkpoints WHERE projection = ANY($1)',
      [names],
    );
    const passed = rows.filter(
      (r) =>
        r.commit_position !== null &&
        (BigInt(r.commit_position) > commit ||
          (BigInt(r.commit_position) === commit && BigInt(r.prepare_position as string) >= prepare)),
    );
    if (passed.length === names.length) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the projections did not catch up');
}
