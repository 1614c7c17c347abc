import { checkEligibility, schemeRequiredFor } from '../eligibility/scheme-eligibility';
import { DEFAULT_ELIGIBILITY_POLICY } from '../eligibility/eligibility-policy';
import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { reached, reachedFrom, recordMilestone, recordSentence, sentenceRecorded } from '../testing/fixtures';
import { sentenceDecider } from './sentence.decider';
import { SentenceEvent } from './sentence.events';
import { RecordedSentence, sentenceFactsOf } from './sentence.state';

/**
 * Suspended sentences and their activation (issue 17). Sources (docs/DOMAIN-RULES.md §11): Sentencing Act 2020 Sch. 16
 * paras 13, 15 (activation orders: the term takes effect immediately or after another custodial sentence), the
 * Sentencing Council's breach guideline (activation in full or in part), the Sentencing Act 2026 (presumption to
 * suspend terms of 12 months or less; terms up to three years may be suspended; secondary sources only).
 */
const { given } = deciderSpec(sentenceDecider);
const stalking = { sentenceType: 'suspended-sentence', offenceCategory: 'stalking', lengthMonths: 6 } as const;
const suspended = sentenceRecorded(stalking);
const activated = reached('suspended-sentence-activated', '2024-06-01', { activation: 'part' });
const inVnsRegion = { probationRegion: 'south-central' } as const;

describe('suspended sentences', () => {
  it('records a suspended sentence with its custodial term, and refuses a term over three years', () => {
    given([]).when(recordSentence(stalking)).then([suspended]);
    given([])
      .when(recordSentence({ ...stalking, lengthMonths: 37 }))
      .thenThrows('suspended-term-too-long');
  });

  it('given a suspended sentence, when a release, a recall or a parole stage is recorded, then it is refused until the court activates it', () => {
    for (const kind of ['release-on-licence', 'escape-or-abscond', 'transfer-to-open-conditions'] as const) {
      given([suspended])
        .when(recordMilestone(kind, '2024-05-01', kind === 'escape-or-abscond' ? { circumstance: 'escaped' } : {}))
        .thenThrows('sentence-suspended');
    }
  });

  it('given a suspended sentence, when the order ends or the offender appeals, then it is recorded', () => {
    const end = recordMilestone('sentence-end', '2025-12-01', {});
    given([suspended])
      .when(end)
      .then([reachedFrom(end)]);
  });

  it('given a suspended sentence breached, when the court activates it, then the offender is in custody and the stages of custody follow', () => {
    const activation = recordMilestone('suspended-sentence-activated', '2024-06-01', { activation: 'full' });
    given([suspended])
      .when(activation)
      .then([reachedFrom(activation)]);
    const release = recordMilestone('release-on-licence', '2024-08-01', {}, 'm-release');
    given([suspended, activated])
      .when(release)
      .then([reachedFrom(release)]);
    given([suspended, activated])
      .when(recordMilestone('release-on-licence', '2024-05-31', {}, 'm-release'))
      .thenThrows('release-before-recall');
  });

  it('refuses activating twice, activating another kind of sentence, and an unknown activation', () => {
    given([suspended, activated])
      .when(recordMilestone('suspended-sentence-activated', '2024-07-01', { activation: 'full' }))
      .thenThrows('already-activated');
    given([sentenceRecorded()])
      .when(recordMilestone('suspended-sentence-activated', '2024-07-01', { activation: 'full' }))
      .thenThrows('not-a-suspended-sentence');
    given([suspended])
      .when(recordMilestone('suspended-sentence-activated', '2024-07-01', { activation: 'most' as 'full' }))
      .thenThrows('unknown-code');
  });
});

describe('who is offered a scheme for a suspended sentence', () => {
  const factsAfter = (...events: SentenceEvent[]) =>
    sentenceFactsOf(foldEvents(sentenceDecider, events) as RecordedSentence);

  it('given a VNS offence suspended for 6 months in a VNS region, then the VNS is offered (the victim must hear if it is activated), and a missed referral is raised', () => {
    const facts = factsAfter(sentenceRecorded({ ...stalking, ...inVnsRegion }));
    expect(checkEligibility('vns', facts)).toMatchObject({ eligible: true, basis: 'vns-offence-suspended-sentence' });
    expect(schemeRequiredFor(facts)).toBe('vns');
  });

  it('given the VNS configured not to cover suspended sentences, then it is not offered until activation', () => {
    const policy = { ...DEFAULT_ELIGIBILITY_POLICY, suspendedSentences: { statutoryVcs: false, vns: false } };
    const facts = factsAfter(sentenceRecorded({ ...stalking, ...inVnsRegion }));
    expect(checkEligibility('vns', facts, undefined, policy)).toMatchObject({
      eligible: false,
      reason: 'sentence-suspended',
    });
    const activatedFacts = factsAfter(sentenceRecorded({ ...stalking, ...inVnsRegion }), activated);
    expect(checkEligibility('vns', activatedFacts, undefined, policy)).toMatchObject({
      eligible: true,
      basis: 'vns-offence-custody-under-12-months',
    });
  });

  it('given a violent offence suspended for 18 months, then the statutory VCS does not apply until the court activates it', () => {
    const violent = sentenceRecorded({
      sentenceType: 'suspended-sentence',
      offenceCategory: 'specified-violent',
      lengthMonths: 18,
    });
    expect(checkEligibility('vcs-statutory', factsAfter(violent))).toMatchObject({
      eligible: false,
      reason: 'sentence-suspended',
    });
    expect(checkEligibility('vcs-statutory', factsAfter(violent, activated))).toMatchObject({
      eligible: true,
      basis: 'specified-offence-custody-12-months-or-more',
    });
  });
});
