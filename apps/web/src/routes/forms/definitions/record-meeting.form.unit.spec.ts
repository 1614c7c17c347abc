import { FormContext } from '../form-definition';
import { recordMeetingForm } from './record-meeting.form';

const context = {
  userId: 'vlo-london',
  userName: 'Alex Morgan',
  isManager: false,
  units: ['london'],
  newId: 'a5f0c2de-9b1e-4d6e-8f3a-0c1b2d3e4f50',
  victim: { victimId: '6d77fa28-cd49-4f91-802b-6c1cee7523bb' },
} as unknown as FormContext;

const meeting = {
  kind: 'mappa',
  sentenceId: 'b0acef94-7cb6-4069-a3d6-648d17e58272',
  mappaCategory: '1',
  mappaLevel: '2',
  'heldOn-day': '7',
  'heldOn-month': '12',
  'heldOn-year': '2026',
  agenciesPresent: ['police', 'probation'],
  viewsPresented: 'yes',
  outcome: 'risk-plan-updated',
};

const actionsSent = async (values: Record<string, string | string[]>) => {
  const command = (await recordMeetingForm.command({ ...meeting, ...values }, context)) as {
    body: { actions?: unknown; personal?: Record<string, { actions?: unknown }> };
  };
  return { actions: command.body.actions, described: command.body.personal?.[context.victim!.victimId]?.actions };
};

describe("the meeting form's agreed action", () => {
  it('is sent, for the API to ask for the agency, when it is described without one: never silently dropped', async () => {
    expect(await actionsSent({ actionOwner: '', actionDescription: 'Police to check on the victim' })).toEqual({
      actions: [{ actionId: context.newId, forVictimId: context.victim!.victimId, ownerAgency: '', dueOn: undefined }],
      described: { [context.newId]: 'Police to check on the victim' },
    });
  });

  it('is sent with its agency, description and date when all are given, and not at all when none is', async () => {
    expect(
      await actionsSent({
        actionOwner: 'police',
        actionDescription: 'Police to check on the victim',
        'actionDueOn-day': '14',
        'actionDueOn-month': '12',
        'actionDueOn-year': '2026',
      }),
    ).toEqual({
      actions: [
        { actionId: context.newId, forVictimId: context.victim!.victimId, ownerAgency: 'police', dueOn: '2026-12-14' },
      ],
      described: { [context.newId]: 'Police to check on the victim' },
    });
    expect(await actionsSent({ actionOwner: '' })).toEqual({ actions: undefined, described: undefined });
  });
});
