import { randomUUID } from 'node:crypto';
import { DEFAULT_TIMESCALE_POLICY, englandAndWalesCalendar, SentenceRecorded, sentenceFactsFrom } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { CaseloadPolicy, DEFAULT_CASELOAD_POLICY, missedReferralTask } from '../caseload/caseload-task.rules';
import { PERFORMANCE_AREA } from './performance.area';

// The missed-referrals figure counts a sentence's referral as late from the day the caseload's missed-referral task
// falls due: under the worker's configured figures (VNS_MISSED_REFERRAL_WORKING_DAYS, STATUTORY_VCS_SUSPENDED_SENTENCES),
// not the defaults, or the chart and the team's tasks disagree about which referrals were missed.

/** A VNS sentence (stalking, 4 months, in a VNS pilot region) passed on Monday 8 January 2024. */
const sentence: SentenceRecorded['data'] = {
  sentenceId: randomUUID(),
  reference: 'X123456',
  offenceCategory: 'stalking',
  offenceCausedDeath: false,
  sentenceType: 'determinate-custody',
  lengthMonths: 4,
  sentencingCourt: 'Winchester Crown Court',
  sentenceDate: '2024-01-08',
  probationRegion: 'south-central',
};

const recorded: RecordedEvent = {
  id: randomUUID(),
  type: 'SentenceRecorded',
  data: sentence,
  metadata: {
    correlationId: randomUUID(),
    causationId: randomUUID(),
    actor: { userId: 'vlo-1', role: 'VLO' },
    occurredAt: '2024-01-08T10:00:00.000Z',
    schemaVersion: 1,
  },
  streamId: `sentence-${sentence.sentenceId}`,
  revision: 0n,
  position: { commit: 1n, prepare: 1n },
  recordedAt: new Date('2024-01-08T10:00:00.000Z'),
};

/** The referral due day the figure stores for the sentence, from a projection built as the worker builds it. */
function figuresReferralDueOn(caseloadPolicy?: CaseloadPolicy): unknown {
  const [projection] = PERFORMANCE_AREA.projections({
    pseudonymKey: 'unused',
    dataKeys: undefined as never,
    caseloadPolicy,
  });
  const build = projection.memoryBuild!();
  build.apply([recorded]);
  const sentences = [...build.rows()].find((write) => write.table === 'performance_sentences');
  return sentences?.rows[0]?.[2];
}

describe("the performance figures' referral due day", () => {
  it('is the VNS default of 3 working days after sentence when nothing is configured', () => {
    expect(figuresReferralDueOn()).toBe('2024-01-11');
  });

  it("is the caseload's missed-referral task's due day under a configured VNS threshold", () => {
    const fiveDays: CaseloadPolicy = {
      ...DEFAULT_CASELOAD_POLICY,
      missedReferral: {
        ...DEFAULT_CASELOAD_POLICY.missedReferral,
        timescales: { ...DEFAULT_TIMESCALE_POLICY, vnsMissedReferralWorkingDaysFromSentence: 5 },
      },
    };
    const task = missedReferralTask(sentenceFactsFrom(sentence), englandAndWalesCalendar, fiveDays);
    expect(task?.dueOn).toBe('2024-01-15');
    expect(figuresReferralDueOn(fiveDays)).toBe(task?.dueOn);
  });
});
