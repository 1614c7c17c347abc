import { FormContext } from '../form-definition';
import { defaults } from '../form.routes';
import { contactPreferencesForm } from './contact-preferences.form';

type Victim = NonNullable<FormContext['victim']>;

function contextFor(contactDetails: Victim['contactDetails']): FormContext {
  const victim = {
    victimId: '5f0c6a52-1d5e-4c55-9d0e-0b8f4a1e2c3d',
    contactPreferences: null,
    safety: { flag: false, lastCheck: null },
    contactDetails,
  } as unknown as Victim;
  return {
    userId: 'vlo',
    userName: 'A VLO',
    api: {} as FormContext['api'],
    victim,
    newId: 'id',
    params: {},
  } as FormContext;
}

describe('contact preferences, changed on a case whose contact details are held', () => {
  it('starts with the address, postcode, email, phone and mobile held, the latest the victim gave first', () => {
    const values = defaults(
      contactPreferencesForm,
      contextFor({
        fullName: 'Mary Jones',
        dateOfBirth: null,
        addresses: [{ source: 'referral', lines: ['3 High St', 'London'], postcode: 'E1 6AN' }],
        phones: [
          { source: 'referral', kind: 'phone', number: '07700900123' },
          { source: 'referral', kind: 'mobile', number: '07700900999' },
          { source: 'contact-preferences', kind: 'mobile', number: '07700900456' },
        ],
        emails: [{ source: 'referral', address: 'mary@example.com' }],
      }),
    );
    expect(values).toMatchObject({
      addressLines: '3 High St\nLondon',
      postcode: 'E1 6AN',
      email: 'mary@example.com',
      phone: '07700900123',
      mobile: '07700900456',
    });
  });

  it('starts them empty when nothing is held (or the personal data was erased)', () => {
    const values = defaults(contactPreferencesForm, contextFor(null));
    expect(values).toMatchObject({ addressLines: '', postcode: '', email: '', phone: '', mobile: '' });
  });
});
