import { randomUUID } from 'node:crypto';
import { CallResult, LoadClient } from './client';
import { sleep } from './processes';

export interface Tokens {
  readonly vlos: { userId: string; token: string }[];
  readonly manager: { userId: string; token: string };
  readonly paroleBoard: string;
}

export interface LoadPlan {
  readonly virtualUsers: number;
  readonly endsAt: number;
  readonly maxRequests: number;
  readonly thinkMs: number;
  readonly today: string;
}

/** Fictional personal data: made-up names, reserved example.org addresses, Ofcom drama-range phone numbers. */
const FORENAMES = ['Alex', 'Sam', 'Jordan', 'Priya', 'Tomasz', 'Aisha', 'Gareth', 'Siobhan'];
const SURNAMES = ['Loadtest', 'Faultcase', 'Benchley', 'Sampleton'];
export const PERSONAL_MARKERS = ['Loadtest', 'Faultcase', 'Benchley', 'Sampleton', 'Benchmark Row', 'bench.victim'];
const REGIONS = ['yorkshire-and-the-humber', 'london', 'north-west', 'wales', 'east-of-england'];

export interface LoadTally {
  cases: number;
  casesAbandoned: number;
  victims: number;
  releases: number;
  emailVictimsReleased: number;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const ok = (result: CallResult): boolean => result.status >= 200 && result.status < 300;

/** Runs `virtualUsers` loops until the end time or the request budget: each loop is one case of a VLO's work. */
export async function runLoad(client: LoadClient, tokens: Tokens, plan: LoadPlan): Promise<LoadTally> {
  const tally: LoadTally = { cases: 0, casesAbandoned: 0, victims: 0, releases: 0, emailVictimsReleased: 0 };
  const done = (): boolean => Date.now() >= plan.endsAt || client.attempts.length >= plan.maxRequests;
  const think = () => (plan.thinkMs > 0 ? sleep(plan.thinkMs * (0.5 + Math.random())) : Promise.resolve());

  async function oneCase(vu: number): Promise<void> {
    const vlo = tokens.vlos[vu % tokens.vlos.length];
    const t = plan.today;
    const sentenceId = randomUUID();
    tally.cases += 1;
    const abandon = (): void => {
      tally.casesAbandoned += 1;
    };
    const step = async (run: () => Promise<CallResult>): Promise<CallResult | undefined> => {
      const result = await run();
      await think();
      return ok(result) ? result : undefined;
    };
    const region = REGIONS[vu % REGIONS.length];
    const sentence = await step(() =>
      client.command(vlo, 'POST', '/sentences', 'POST /sentences', {
        sentenceId,
        reference: `L${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
        offenceCategory: 'specified-violent',
        offenceCausedDeath: false,
        sentenceType: 'determinate-custody',
        lengthMonths: 48,
        sentencingCourt: 'Leeds Crown Court',
        sentenceDate: addDays(t, -90),
        probationRegion: region,
      }),
    );
    if (!sentence) return abandon();

    const victims: { id: string; email: boolean; position?: string }[] = [];
    const victimCount = 1 + Math.floor(Math.random() * 2);
    for (let i = 0; i < victimCount && !done(); i++) {
      const victimId = randomUUID();
      const name = `${FORENAMES[Math.floor(Math.random() * FORENAMES.length)]} ${SURNAMES[Math.floor(Math.random() * SURNAMES.length)]}`;
      const email = Math.random() < 0.75;
      const base = `/victims/${victimId}`;
      const referral = await step(() =>
        client.command(vlo, 'POST', '/victims', 'POST /victims', {
          victimId,
          sentenceId,
          referredFor: 'vcs',
          source: 'witness-care-unit',
          circumstance: 'adult-victim',
          receivedOn: addDays(t, -60),
          personal: {
            fullName: name,
            address: { lines: [`${Math.floor(Math.random() * 200) + 1} Benchmark Row`, 'Leeds'], postcode: 'LS1 4ZZ' },
            email: `bench.victim+${victimId.slice(0, 8)}@example.org`,
            phone: '0113 496 0999',
          },
        }),
      );
      if (!referral) return abandon();
      tally.victims += 1;
      if (
        !(await step(() =>
          client.command(vlo, 'POST', `${base}/enrolment`, 'POST /victims/:id/enrolment', {
            sentenceId,
            scheme: 'vcs-statutory',
            enrolledOn: addDays(t, -50),
            victimLiaisonOfficerId: vlo.userId,
          }),
        ))
      )
        return abandon();
      const preferences = email
        ? {
            updatedOn: addDays(t, -50),
            channels: ['email', 'phone'],
            stages: { choice: 'all-key-stages' },
            safetyCheckBeforeLetters: false,
            personal: {
              email: `bench.victim+${victimId.slice(0, 8)}@example.org`,
              phone: '0113 496 0999',
              language: 'en',
            },
          }
        : {
            updatedOn: addDays(t, -50),
            channels: ['phone'],
            stages: { choice: 'all-key-stages' },
            safetyCheckBeforeLetters: false,
            personal: { phone: '0113 496 0999', language: 'en' },
          };
      if (
        !(await step(() =>
          client.command(
            vlo,
            'PUT',
            `${base}/contact-preferences`,
            'PUT /victims/:id/contact-preferences',
            preferences,
          ),
        ))
      )
        return abandon();
      const contacted = await step(() =>
        client.command(vlo, 'POST', `${base}/contacts`, 'POST /victims/:id/contacts', contact(addDays(t, -40))),
      );
      victims.push({
        id: victimId,
        email,
        position: typeof contacted?.body.position === 'string' ? contacted.body.position : undefined,
      });
    }
    if (victims.length === 0) return abandon();

    const conditionId = randomUUID();
    const representation = await step(() =>
      client.command(vlo, 'POST', `/victims/${victims[0].id}/representations`, 'POST /victims/:id/representations', {
        sentenceId,
        kind: 'licence-conditions',
        requestedConditions: [{ conditionId, kind: 'exclusion-zone' }],
        sentTo: ['parole-board'],
        submittedOn: addDays(t, -20),
        personal: { conditionDescriptions: { [conditionId]: 'The streets around Benchmark Row' } },
      }),
    );
    // Partner read, with read-your-writes on the representation just submitted.
    const minPosition = representation?.body.position;
    await step(() =>
      client.query(
        tokens.paroleBoard,
        `/sentences/${sentenceId}/representations${typeof minPosition === 'string' ? `?minPosition=${minPosition}` : ''}`,
        'GET /sentences/:id/representations',
        {
          'X-Purpose': 'parole review (load test)',
        },
      ),
    );

    // Case view (read-your-writes on the VLO's last change) and timeline.
    for (const victim of victims) {
      await step(() =>
        client.query(
          vlo.token,
          `/victims/${victim.id}${victim.position ? `?minPosition=${victim.position}` : ''}`,
          'GET /victims/:id?minPosition',
        ),
      );
      await step(() => client.query(vlo.token, `/victims/${victim.id}/timeline`, 'GET /victims/:id/timeline'));
    }
    if (done()) return;

    // The release makes a notification due now for every victim who chose email (all key stages).
    const release = await step(() =>
      client.command(vlo, 'POST', `/sentences/${sentenceId}/milestones`, 'POST /sentences/:id/milestones', {
        milestoneId: randomUUID(),
        kind: 'release-on-licence',
        date: t,
      }),
    );
    if (release) {
      tally.releases += 1;
      tally.emailVictimsReleased += victims.filter((v) => v.email).length;
    }
    for (const victim of victims) {
      if (done()) return;
      await step(() =>
        client.command(
          vlo,
          'POST',
          `/victims/${victim.id}/contacts`,
          'POST /victims/:id/contacts',
          contact(addDays(t, -1)),
        ),
      );
    }
    await step(() =>
      client.query(tokens.manager.token, `/victims?region=${region}&pageSize=20`, 'GET /victims (manager)'),
    );
    await step(() =>
      client.query(
        tokens.paroleBoard,
        `/sentences/${sentenceId}/representations`,
        'GET /sentences/:id/representations',
        { 'X-Purpose': 'parole review (load test)' },
      ),
    );
  }

  await Promise.all(
    Array.from({ length: plan.virtualUsers }, async (_, vu) => {
      while (!done()) await oneCase(vu);
    }),
  );
  return tally;
}

function contact(on: string) {
  return {
    method: 'phone',
    direction: 'outbound',
    result: 'contact-made',
    occurredOn: on,
    personal: { summary: 'Load test call: explained the scheme', outcome: 'No further action' },
  };
}
