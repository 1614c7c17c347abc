import { FieldOption, FormContext } from '../form-definition';
import { enrolmentOfficer } from './enrolment-officer';

const vlo = (victim?: { victimLiaisonOfficerId: string | null; victimLiaisonOfficerName: string | null }) =>
  ({ userId: 'vlo-london', userName: 'Alex Morgan', isManager: false, victim }) as unknown as FormContext;

function offered(context: FormContext): readonly FieldOption[] {
  const field = enrolmentOfficer().find((f) => f.shownTo?.(context) ?? true);
  return typeof field?.options === 'function' ? field.options(context) : (field?.options ?? []);
}

describe('the officer a VLO enrols a victim with, by name', () => {
  it('offers the case’s officer by name, and themselves; no colleague else', () => {
    const context = vlo({ victimLiaisonOfficerId: 'vlo-south', victimLiaisonOfficerName: 'Sam Okafor' });
    expect(offered(context)).toEqual([
      { value: 'vlo-south', text: 'Sam Okafor, the officer the case is allocated to' },
      { value: 'vlo-london', text: 'Me (Alex Morgan)' },
    ]);
    expect(
      enrolmentOfficer()
        .find((f) => f.shownTo?.(context))
        ?.default?.(context),
    ).toBe('vlo-south');
  });

  it('offers only themselves on a case of their own or one not allocated, and starts from it', () => {
    const unallocated = vlo({ victimLiaisonOfficerId: null, victimLiaisonOfficerName: null });
    expect(offered(unallocated)).toEqual([{ value: 'vlo-london', text: 'Me (Alex Morgan)' }]);
    expect(
      enrolmentOfficer()
        .find((f) => f.shownTo?.(unallocated))
        ?.default?.(unallocated),
    ).toBe('vlo-london');
  });
});
