import { allocateForm } from '../routes/forms/definitions/case-access.form';
import { errorLinks } from '../routes/forms/form-view';
import { ApiRefusal, unwrap } from './api-client';

describe("the API's refusals", () => {
  it("keeps the field a scheme rule's refusal names, so the error summary links to it in plain English", () => {
    const message =
      'The officer vlo-wales works in another unit, not the London victim liaison unit that holds this case. ' +
      'Choose an officer of that unit, or transfer the case first.';
    const refused = () =>
      unwrap({
        error: { statusCode: 422, rule: 'officer-not-in-unit', message, field: 'victimLiaisonOfficerId' },
        response: new Response(null, { status: 422 }),
      });
    expect(refused).toThrow(ApiRefusal);
    try {
      refused();
    } catch (error) {
      // In the words of RULE_MESSAGES (one table for every rule code), on the field the API named.
      const words =
        'This officer is not known in the unit that holds this case. Choose an officer of that unit, or transfer the case first.';
      expect((error as ApiRefusal).problems).toEqual([
        { field: 'victimLiaisonOfficerId', message: words, rule: 'officer-not-in-unit' },
      ]);
      expect(errorLinks(allocateForm, (error as ApiRefusal).problems)).toEqual([
        { text: words, href: '#victimLiaisonOfficerId' },
      ]);
    }
  });
});
