import { VictimRepresentation } from '../../services/representations.service';
import { disclosureBody, disclosureForm } from './disclosure-form';

const representation = (overrides: Partial<VictimRepresentation>): VictimRepresentation => ({
  representationId: '0b6f1e52-7c1d-4c57-9a53-2f1f4b0e8a11',
  victimReference: 'V-7KQ2M9XD4P',
  kind: 'licence-conditions',
  requestedConditions: [],
  statementText: null,
  vpsPresentation: null,
  sentTo: ['parole-board', 'mappa'],
  submittedOn: '2026-11-02',
  erased: false,
  disclosures: [],
  sentenceId: '1b6f1e52-7c1d-4c57-9a53-2f1f4b0e8a11',
  sentenceReference: 'A1234BC',
  ...overrides,
});

const exclusion = '2c6f1e52-7c1d-4c57-9a53-2f1f4b0e8a11';
const noContact = '3d6f1e52-7c1d-4c57-9a53-2f1f4b0e8a11';

describe('the disclosure form', () => {
  it('offers only the recipients the API says the representation was made for', () => {
    const form = disclosureForm(representation({ sentTo: ['parole-board'] }));
    const recipient = form.fields.find((field) => field.name === 'recipient');
    expect(recipient?.options).toEqual([{ value: 'parole-board', text: 'The Parole Board' }]);
  });

  it('asks for a description of each requested condition, started from the victim’s words, and sends only those given', () => {
    const conditions = representation({
      requestedConditions: [
        { conditionId: exclusion, kind: 'exclusion-zone', description: 'Near my home', descriptionWithheld: false },
        { conditionId: noContact, kind: 'non-contact', description: null, descriptionWithheld: false },
      ],
    });
    const form = disclosureForm(conditions);
    expect(form.fields.map((field) => field.name)).toEqual([
      'recipient',
      'disclosedOn',
      `description-${exclusion}`,
      `description-${noContact}`,
    ]);
    expect(form.fields[2].default?.({} as never)).toBe('Near my home');
    const values = {
      recipient: 'mappa',
      'disclosedOn-day': '5',
      'disclosedOn-month': '11',
      'disclosedOn-year': '2026',
      [`description-${exclusion}`]: ' The town centre ',
      [`description-${noContact}`]: '',
    };
    expect(disclosureBody(conditions, values, ['street-address'])).toEqual({
      recipient: 'mappa',
      disclosedOn: '2026-11-05',
      confirmedFlags: ['street-address'],
      personal: { conditionDescriptions: { [exclusion]: 'The town centre' } },
    });
  });

  it('discloses a statement as the statement typed', () => {
    const statement = representation({ kind: 'victim-personal-statement', statementText: 'In my words' });
    expect(disclosureForm(statement).fields[2]).toMatchObject({ name: 'statementText', type: 'textarea' });
    expect(disclosureBody(statement, { recipient: 'parole-board', statementText: 'Approved' }, [])).toEqual({
      recipient: 'parole-board',
      disclosedOn: '',
      confirmedFlags: [],
      personal: { statementText: 'Approved' },
    });
  });
});
