import { randomUUID } from 'node:crypto';
import { code, date, FormDefinition, optional, text } from '../form-definition';
import { optionsOf, PROBATION_REGIONS, today } from './options';
import { loadOfficers, officerChoice } from './officer-choice';
import { Schemas } from '../../../data/api-client';

const TRANSFER_REASONS = optionsOf({
  'victim-moved': 'The victim moved to the other unit’s area',
  'offender-managed-elsewhere': 'The offender is managed in the other unit’s area',
  'referred-to-wrong-unit': 'The case was referred to the wrong unit',
  workload: 'To share the work between units',
  other: 'Another reason (say in the note)',
} satisfies Record<Schemas['TransferCaseDto']['reason'], string>);

const GRANT_REASONS = optionsOf({
  'victim-moved': 'The victim moved to the other unit’s area',
  'offender-managed-elsewhere': 'The offender is managed in the other unit’s area',
  'joint-working': 'Joint working between units',
  'cover-for-absence': 'Cover while an officer is away',
  other: 'Another reason (say in the note)',
} satisfies Record<Schemas['GrantCaseAccessDto']['reason'], string>);

/** A manager gives the case to a victim liaison officer (or to another one). */
export const allocateForm: FormDefinition = {
  slug: 'allocation',
  title: 'Allocate to a victim liaison officer',
  caption: 'Managers',
  intro: 'The officer sees the case in their caseload and the tasks it raises.',
  checkAnswers: false,
  submitText: 'Allocate the case',
  confirmation: { title: 'Case allocated', body: 'The officer will see it in their caseload.' },
  load: loadOfficers,
  fields: [
    ...officerChoice({ default: (context) => context.victim?.victimLiaisonOfficerId ?? '' }),
    { name: 'assignedOn', label: 'Date', type: 'date', apiFields: ['assignedOn'], default: today },
  ],
  command: (values, context) => ({
    kind: 'allocate',
    victimId: context.victim?.victimId ?? '',
    body: { victimLiaisonOfficerId: text(values, 'victimLiaisonOfficerId'), assignedOn: date(values, 'assignedOn') },
  }),
};

/** A manager moves the case to another victim liaison unit: its people see it and yours no longer do. */
export const transferForm: FormDefinition = {
  slug: 'transfer',
  title: 'Transfer the case to another unit',
  caption: 'Managers',
  intro: 'After the transfer the other unit holds the case. You and your officers will no longer see it.',
  checkAnswers: true,
  submitText: 'Transfer the case',
  confirmation: { title: 'Case transferred', body: 'The other unit holds the case now.' },
  next: () => '/team',
  fields: [
    {
      name: 'toUnit',
      label: 'Unit taking the case',
      type: 'select',
      options: PROBATION_REGIONS,
      apiFields: ['toUnit'],
    },
    { name: 'reason', label: 'Why', type: 'radios', options: TRANSFER_REASONS, apiFields: ['reason'] },
    { name: 'transferredOn', label: 'Date', type: 'date', apiFields: ['transferredOn'], default: today },
    { name: 'note', label: 'Note (optional)', type: 'textarea', apiFields: ['note'] },
  ],
  command: (values, context) => ({
    kind: 'transfer',
    victimId: context.victim?.victimId ?? '',
    body: {
      toUnit: code(values, 'toUnit'),
      reason: code(values, 'reason'),
      transferredOn: date(values, 'transferredOn'),
      note: optional(text(values, 'note')),
    },
  }),
};

/** A manager opens the case, for a while, to someone in another unit (need to know: a recorded reason, a time limit). */
export const grantAccessForm: FormDefinition = {
  slug: 'access-grants/new',
  title: 'Open the case to someone in another unit',
  caption: 'Managers',
  intro: 'They can see and work on this case until the time runs out or you end it. Every look is audited.',
  checkAnswers: true,
  submitText: 'Open the case to them',
  confirmation: { title: 'Case opened to them', body: 'You can end it early from your team’s page.' },
  fields: [
    {
      name: 'granteeUserId',
      label: 'Their user id',
      hint: 'As they sign in, for example vlo-wales',
      type: 'text',
      apiFields: ['granteeUserId'],
      autocomplete: 'off',
      classes: 'govuk-input--width-20',
    },
    {
      name: 'granteeUnit',
      label: 'Their unit',
      type: 'select',
      options: PROBATION_REGIONS,
      apiFields: ['granteeUnit'],
    },
    { name: 'reason', label: 'Why', type: 'radios', options: GRANT_REASONS, apiFields: ['reason'] },
    {
      name: 'hours',
      label: 'For how many hours',
      hint: 'At most 720 (30 days); a longer need is a transfer',
      type: 'text',
      inputmode: 'numeric',
      classes: 'govuk-input--width-4',
      apiFields: ['hours'],
      default: () => '72',
    },
    { name: 'note', label: 'Note (optional)', type: 'textarea', apiFields: ['note'] },
  ],
  command: (values, context) => ({
    kind: 'grant-access',
    victimId: context.victim?.victimId ?? '',
    body: {
      grantId: context.newId || randomUUID(),
      granteeUserId: text(values, 'granteeUserId'),
      granteeUnit: code(values, 'granteeUnit'),
      reason: code(values, 'reason'),
      hours: /^\d+$/.test(text(values, 'hours')) ? Number(text(values, 'hours')) : (text(values, 'hours') as never),
      note: optional(text(values, 'note')),
    },
  }),
};
