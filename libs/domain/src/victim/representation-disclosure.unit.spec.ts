import { deciderSpec } from '../testing/decider-spec';
import { SENTENCE_ID, TODAY, VICTIM_ID } from '../testing/fixtures';
import { referralReceived, victimEnrolled } from '../testing/victim-fixtures';
import { DiscloseRepresentation } from './victim.commands';
import { victimDecider } from './victim.decider';
import { RepresentationSubmitted, VictimEvent } from './victim.events';

const { given } = deciderSpec(victimDecider);

const vpsSubmitted: RepresentationSubmitted = {
  type: 'RepresentationSubmitted',
  data: {
    victimId: VICTIM_ID,
    representationId: 'r-vps',
    sentenceId: SENTENCE_ID,
    kind: 'victim-personal-statement',
    requestedConditions: [],
    vpsPresentation: 'read-by-victim',
    sentTo: ['parole-board'],
    submittedOn: '2025-03-01',
    personal: { statementText: 'My name is Jane Example and I live at 12 Acacia Avenue. The offence changed my life.' },
  },
};
const conditionsSubmitted: RepresentationSubmitted = {
  type: 'RepresentationSubmitted',
  data: {
    victimId: VICTIM_ID,
    representationId: 'r-conditions',
    sentenceId: SENTENCE_ID,
    kind: 'licence-conditions',
    requestedConditions: [
      { conditionId: 'c1', kind: 'exclusion-zone' },
      { conditionId: 'c2', kind: 'non-contact' },
    ],
    sentTo: ['parole-board', 'mappa'],
    submittedOn: '2025-03-01',
    personal: { conditionDescriptions: { c1: 'Anywhere within a mile of LS1 4AB' } },
  },
};
const history: VictimEvent[] = [referralReceived(), victimEnrolled(), vpsSubmitted, conditionsSubmitted];

function disclose(overrides: Partial<DiscloseRepresentation['data']> = {}): DiscloseRepresentation {
  return {
    type: 'DiscloseRepresentation',
    data: {
      victimId: VICTIM_ID,
      representationId: 'r-vps',
      recipient: 'parole-board',
      disclosedOn: '2025-03-05',
      recordedOn: TODAY,
      approvedBy: 'vlo-7',
      confirmedFlags: [],
      personal: { statementText: 'The offence changed my life.' },
      ...overrides,
    },
  };
}

describe('disclosing a representation', () => {
  it('discloses the version the VLO approved, to the recipient, saying who approved it', () => {
    given(history)
      .when(disclose())
      .then([
        {
          type: 'RepresentationDisclosed',
          data: {
            victimId: VICTIM_ID,
            representationId: 'r-vps',
            sentenceId: SENTENCE_ID,
            recipient: 'parole-board',
            disclosedOn: '2025-03-05',
            approvedBy: 'vlo-7',
            flagged: [],
            personal: { statementText: 'The offence changed my life.' },
          },
        },
      ]);
  });

  it("refuses a text the screen flags (the victim's own name and address) until the VLO confirms each flag, naming the flags and never the text", () => {
    const statementText = 'My name is Jane Example and I live at 12 Acacia Avenue.';
    const refused = given(history)
      .when(disclose({ personal: { statementText } }))
      .thenThrows('disclosure-flagged');
    expect(refused.message).toContain('victim-name');
    expect(refused.message).toContain('victim-address');
    expect(refused.message).not.toMatch(/Jane|Acacia/);
    given(history)
      .when(disclose({ personal: { statementText }, confirmedFlags: ['victim-name', 'name', 'victim-address'] }))
      .thenThrows('disclosure-flagged'); // street-address is still unconfirmed
    given(history)
      .when(
        disclose({
          personal: { statementText },
          confirmedFlags: ['victim-name', 'name', 'victim-address', 'street-address'],
        }),
      )
      .then([
        {
          type: 'RepresentationDisclosed',
          data: expect.objectContaining({ flagged: ['victim-name', 'name', 'victim-address', 'street-address'] }),
        },
      ]);
  });

  it('screens condition descriptions too, and discloses only the descriptions given', () => {
    const conditions = { representationId: 'r-conditions', recipient: 'mappa' as const };
    given(history)
      .when(
        disclose({ ...conditions, personal: { conditionDescriptions: { c1: 'Anywhere within a mile of LS1 4AB' } } }),
      )
      .thenThrows('disclosure-flagged');
    given(history)
      .when(disclose({ ...conditions, personal: { conditionDescriptions: { c1: 'The area inside the ring road' } } }))
      .then([
        {
          type: 'RepresentationDisclosed',
          data: expect.objectContaining({
            recipient: 'mappa',
            personal: { conditionDescriptions: { c1: 'The area inside the ring road' } },
          }),
        },
      ]);
  });

  it('refuses a recipient the representation was not made for', () => {
    given(history)
      .when(disclose({ recipient: 'mappa' }))
      .thenThrows('not-a-recipient-of-representation');
  });

  it('refuses an unknown representation, an unknown flag and a description of a condition not requested', () => {
    given(history)
      .when(disclose({ representationId: 'r-unknown' }))
      .thenThrows('representation-not-found');
    given(history)
      .when(disclose({ confirmedFlags: ['hunch' as never] }))
      .thenThrows('unknown-code');
    given(history)
      .when(
        disclose({
          representationId: 'r-conditions',
          personal: { conditionDescriptions: { c9: 'The area inside the ring road' } },
        }),
      )
      .thenThrows('description-for-unknown-condition');
  });

  it('refuses a VPS disclosed without its text, or with condition descriptions', () => {
    given(history)
      .when(disclose({ personal: {} }))
      .thenThrows('disclosed-statement-required');
    given(history)
      .when(disclose({ personal: { statementText: 'x', conditionDescriptions: { c1: 'y' } } }))
      .thenThrows('vps-carries-no-conditions');
  });

  it('refuses a disclosure before the representation was made', () => {
    given(history)
      .when(disclose({ disclosedOn: '2025-02-01' }))
      .thenThrows('disclosure-before-submission');
  });
});
