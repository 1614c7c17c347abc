import { sentenceEventWords, victimEventWords } from './plain-words';

describe('timeline words for victim requests (issue 17)', () => {
  const reference = () => 'X123456';
  const made = {
    victimId: 'v',
    requestId: 'r',
    sentenceId: 's',
    kind: 'parole-decision-summary' as const,
    madeOn: '2025-07-01',
  };

  it('says a decision summary was asked for more than 6 months after the decision (Parole Board Rules 2019 r.27(2))', () => {
    const late = { ...made, warning: 'decision-summary-requested-after-6-months' as const };
    expect(victimEventWords({ type: 'VictimRequestMade', data: late }, reference)).toContain(
      'asked more than 6 months after the decision: the Parole Board is not required to produce a summary',
    );
  });

  it('says nothing of time limits for a request without a warning', () => {
    expect(victimEventWords({ type: 'VictimRequestMade', data: made }, reference)).not.toContain('6 months');
  });
});

describe('timeline words for a contact (issue 15)', () => {
  const reference = () => 'X123456';
  const call = {
    victimId: 'v',
    contactId: 'c',
    method: 'phone' as const,
    direction: 'outbound' as const,
    result: 'contact-made' as const,
    occurredOn: '2026-12-01',
    personal: { summary: 'Called back as asked' },
  };

  it('says why a call went by a way the victim has not chosen', () => {
    const asked = { ...call, channelReason: 'victim-asked' as const };
    expect(victimEventWords({ type: 'ContactRecorded', data: asked }, reference)).toContain(
      'not a way the victim chose: the victim asked to be contacted this way',
    );
  });

  it('says nothing of the channel for a contact recorded without a reason', () => {
    expect(victimEventWords({ type: 'ContactRecorded', data: call }, reference)).not.toContain('not a way');
  });
});

describe('timeline words for a sentence (issue 15)', () => {
  const recorded = {
    sentenceId: 's',
    reference: 'X123456',
    offenceCategory: 'stalking' as const,
    offenceCausedDeath: false,
    sentenceType: 'determinate-custody' as const,
    lengthMonths: 6,
    sentencingCourt: 'Leeds Crown Court',
    sentenceDate: '2026-10-01',
    probationRegion: 'yorkshire-and-the-humber' as const,
  };

  it("names the probation region as people write it, never by the region's code", () => {
    const words = sentenceEventWords({ type: 'SentenceRecorded', data: recorded }, 'X123456');
    expect(words).toContain('(Yorkshire and the Humber region)');
    expect(words).not.toContain('yorkshire');
  });
});
