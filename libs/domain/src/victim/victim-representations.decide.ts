import { LICENCE_CONDITION_KINDS } from '../sentence/licence-condition';
import { SentenceFacts } from '../sentence/sentence-facts';
import { isCustodial } from '../sentence/sentence-type';
import { ensure } from '../shared/domain-rule-violation';
import { assertId, assertOneOf, assertText, hasDuplicates } from '../shared/text';
import {
  IMPACT_STATEMENTS_TO_TRIBUNAL_FROM,
  REPRESENTATION_KINDS,
  REPRESENTATION_RECIPIENTS,
  RepresentationKind,
  RepresentationRecipient,
  STATEMENT_KINDS,
  VPS_PRESENTATIONS,
} from './representation';
import { checkVictimPersonalStatement } from './victim-personal-statement.rules';
import { TEXT_MAX, checkDated, checkLinked } from './victim-checks';
import { SubmitRepresentation } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

// Representations the victim makes (licence conditions, statements): who decides on each kind, and what it holds.
// Disclosing one to the offender is `representation-disclosure.ts`.

const RECIPIENTS_BY_KIND: Readonly<
  Record<RepresentationKind, (sentence: SentenceFacts) => readonly RepresentationRecipient[]>
> = {
  'licence-conditions': () => ['parole-board', 'prison', 'probation-practitioner', 'mappa'],
  // Prison: the Parole Board. Restricted patient: the Ministry of Justice's Mental Health Casework Section (HMPPS, 2024).
  'victim-personal-statement': (s) =>
    s.sentenceType === 'hospital-order-with-restriction' ? ['mental-health-casework-section'] : ['parole-board'],
  // DVCV Act 2004 s.37ZA: the First-tier Tribunal (Mental Health) or the Mental Health Review Tribunal for Wales.
  'victim-impact-statement': () => ['mental-health-tribunal'],
  // Restricted patients: the Mental Health Casework Section decides, the Tribunal hears; otherwise the responsible clinician.
  'discharge-conditions': (s) =>
    s.sentenceType === 'hospital-order-with-restriction'
      ? ['mental-health-casework-section', 'mental-health-tribunal', 'mappa']
      : ['responsible-clinician', 'mappa'],
};

export function submitRepresentation(command: SubmitRepresentation, state: KnownVictim): VictimEvent[] {
  const {
    representationId,
    sentence,
    kind,
    requestedConditions,
    vpsPresentation,
    sentTo,
    submittedOn,
    recordedOn,
    personal,
  } = command.data;
  checkDated(state, submittedOn, 'submittedOn', recordedOn);
  assertId(representationId, 'representationId');
  assertOneOf(kind, REPRESENTATION_KINDS, 'kind');
  ensure(
    !state.representationIds.has(representationId),
    'representation-already-submitted',
    'This representation is already recorded.',
  );
  ensure(
    state.participation === 'enrolled',
    'victim-not-in-scheme',
    'Representations are made through the scheme; the victim is not in it.',
  );
  checkLinked(state, sentence);
  ensure(
    submittedOn >= sentence.sentenceDate,
    'representation-before-sentence',
    'A representation cannot come before the sentence.',
  );

  const custodial = isCustodial(sentence.sentenceType);
  const restrictedPatient = sentence.sentenceType === 'hospital-order-with-restriction';
  if (kind === 'discharge-conditions')
    ensure(
      !custodial,
      'discharge-conditions-need-hospital-order',
      'Conditions of discharge apply to hospital orders; ask for licence conditions instead.',
    );
  else if (kind === 'victim-impact-statement') {
    ensure(
      restrictedPatient,
      'needs-restriction-order',
      'A victim impact statement goes to the Mental Health Tribunal about a restricted patient (DVCV Act 2004 s.37ZA); for a prison sentence make a Victim Personal Statement.',
    );
    ensure(
      submittedOn >= IMPACT_STATEMENTS_TO_TRIBUNAL_FROM,
      'request-not-available-yet',
      `Victim impact statements to the tribunal can be made from ${IMPACT_STATEMENTS_TO_TRIBUNAL_FROM} (Victims and Prisoners Act 2024 s.21).`,
    );
  } else if (kind === 'victim-personal-statement' && !custodial)
    ensure(
      restrictedPatient,
      'needs-restriction-order',
      "A statement for the Ministry of Justice's discharge decisions is for a restricted patient's victims only.",
    );
  else
    ensure(
      custodial,
      'licence-conditions-need-prison-sentence',
      'A hospital-order patient has conditions of discharge, not a licence or parole.',
    );

  ensure(sentTo.length > 0, 'recipient-required', 'Say to whom the representation was sent.');
  sentTo.forEach((r, i) => assertOneOf(r, REPRESENTATION_RECIPIENTS, `sentTo[${i}]`));
  ensure(!hasDuplicates([...sentTo]), 'duplicate-recipient', 'A recipient is listed twice.');
  const allowed = RECIPIENTS_BY_KIND[kind](sentence);
  const wrong = sentTo.filter((r) => !allowed.includes(r));
  ensure(
    wrong.length === 0,
    'wrong-decision-maker',
    `A ${kind.replace(/-/g, ' ')} goes to ${allowed.join(' or ')}, not ${wrong.join(', ')}.`,
  );

  const conditionIds = requestedConditions.map((c) => c.conditionId);
  conditionIds.forEach((id, i) => assertId(id, `requestedConditions[${i}].conditionId`));
  ensure(!hasDuplicates(conditionIds), 'duplicate-condition', 'A condition id is used twice.');
  requestedConditions.forEach((c, i) => assertOneOf(c.kind, LICENCE_CONDITION_KINDS, `requestedConditions[${i}].kind`));
  const descriptions = personal.conditionDescriptions ?? {};
  for (const [conditionId, description] of Object.entries(descriptions)) {
    ensure(
      conditionIds.includes(conditionId),
      'description-for-unknown-condition',
      'A description is given for a condition that is not requested.',
    );
    assertText(description, `personal.conditionDescriptions.${conditionId}`, TEXT_MAX);
  }

  if (STATEMENT_KINDS.includes(kind)) {
    // The Ministry of Justice decides on the papers: no hearing, so the statement is written only.
    ensure(
      custodial || kind === 'victim-impact-statement' || vpsPresentation === 'written-only',
      'presentation-needs-hearing',
      "A statement for the Ministry of Justice's discharge decision is read, not presented at a hearing: written-only.",
    );
    ensure(
      requestedConditions.length === 0,
      'vps-carries-no-conditions',
      'Licence-condition requests are a separate representation from the Victim Personal Statement.',
    );
    ensure(
      personal.statementText !== undefined,
      'vps-text-required',
      'The Victim Personal Statement is always in writing; give its text.',
    );
    assertText(personal.statementText, 'personal.statementText', 100_000);
    assertOneOf(vpsPresentation, VPS_PRESENTATIONS, 'vpsPresentation');
    checkVictimPersonalStatement(personal.statementText);
  } else {
    ensure(requestedConditions.length > 0, 'conditions-required', 'Name at least one condition the victim asks for.');
    ensure(
      personal.statementText === undefined,
      'statement-only-in-vps',
      'Statement text belongs in a Victim Personal Statement.',
    );
    ensure(
      vpsPresentation === undefined,
      'presentation-only-for-vps',
      'How a statement is presented only applies to a Victim Personal Statement.',
    );
    for (const condition of requestedConditions) {
      if (condition.kind === 'exclusion-zone' || condition.kind === 'other') {
        ensure(
          descriptions[condition.conditionId] !== undefined,
          condition.kind === 'exclusion-zone'
            ? 'exclusion-zone-needs-description'
            : 'other-condition-needs-description',
          condition.kind === 'exclusion-zone'
            ? 'Describe the area the exclusion zone should cover.'
            : 'Describe the condition asked for.',
        );
      }
    }
  }
  return [
    {
      type: 'RepresentationSubmitted',
      data: {
        victimId: state.victimId,
        representationId,
        sentenceId: sentence.sentenceId,
        kind,
        requestedConditions,
        ...(vpsPresentation !== undefined ? { vpsPresentation } : {}),
        sentTo,
        submittedOn,
        personal,
      },
    },
  ];
}
