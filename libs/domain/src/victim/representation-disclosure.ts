import { STATEMENT_KINDS } from './representation';
import { SCREEN_FLAGS, SCREEN_FLAG_WORDS, ScreenFlag, screenForDisclosure } from '../disclosure/disclosure-screen';
import { DomainRuleViolation, ensure } from '../shared/domain-rule-violation';
import { assertId, assertOneOf, assertText, hasDuplicates } from '../shared/text';
import { DisclosedText, REPRESENTATION_RECIPIENTS, RepresentationSummary } from './representation';
import { checkDated } from './victim-checks';
import { DiscloseRepresentation } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

const DISCLOSED_TEXT_MAX = 100_000;

/**
 * A VLO discloses a representation to one of the recipients it was made for, in a version they approved. The screen
 * flags likely names, addresses, postcodes, phone numbers and emails (and the victim's own recorded ones); every flag
 * must be confirmed by the VLO (`confirmedFlags`) or the disclosure is refused, naming the flags and never the text.
 * A later disclosure to the same recipient replaces the earlier version.
 */
export function discloseRepresentation(command: DiscloseRepresentation, state: KnownVictim): VictimEvent[] {
  const { representationId, recipient, disclosedOn, recordedOn, approvedBy, confirmedFlags, personal } = command.data;
  checkDated(state, disclosedOn, 'disclosedOn', recordedOn);
  assertId(representationId, 'representationId');
  assertId(approvedBy, 'approvedBy');
  const representation = state.representations[representationId];
  ensure(
    representation !== undefined,
    'representation-not-found',
    'No such representation is recorded for this victim.',
  );
  assertOneOf(recipient, REPRESENTATION_RECIPIENTS, 'recipient');
  ensure(
    representation.sentTo.includes(recipient),
    'not-a-recipient-of-representation',
    `This representation is for ${representation.sentTo.join(', ')}; it is disclosed only to those it was made for.`,
  );
  ensure(
    disclosedOn >= representation.submittedOn,
    'disclosure-before-submission',
    'A representation cannot be disclosed before it was made.',
  );
  confirmedFlags.forEach((flag, i) => assertOneOf(flag, SCREEN_FLAGS, `confirmedFlags[${i}]`));
  ensure(!hasDuplicates([...confirmedFlags]), 'duplicate-confirmed-flag', 'A confirmed flag is listed twice.');

  const texts = disclosedTexts(representation, personal);
  const flagged = flagsOf(texts, state);
  const unconfirmed = flagged.filter((flag) => !confirmedFlags.includes(flag));
  if (unconfirmed.length > 0)
    throw new DomainRuleViolation(
      'disclosure-flagged',
      `The screen found ${unconfirmed.map((flag) => SCREEN_FLAG_WORDS[flag]).join(', ')} (${unconfirmed.join(', ')}). ` +
        'Remove them, or check the text and confirm each flag in confirmedFlags to disclose it as it is.',
      { flags: unconfirmed },
    );
  return [
    {
      type: 'RepresentationDisclosed',
      data: {
        victimId: state.victimId,
        representationId,
        sentenceId: representation.sentenceId,
        recipient,
        disclosedOn,
        approvedBy,
        flagged,
        personal,
      },
    },
  ];
}

function disclosedTexts(representation: RepresentationSummary, personal: DisclosedText): string[] {
  if (STATEMENT_KINDS.includes(representation.kind)) {
    ensure(
      personal.statementText !== undefined,
      'disclosed-statement-required',
      'Give the Victim Personal Statement as it is to be disclosed.',
    );
    ensure(
      personal.conditionDescriptions === undefined,
      'vps-carries-no-conditions',
      'A Victim Personal Statement has no condition descriptions.',
    );
    assertText(personal.statementText, 'personal.statementText', DISCLOSED_TEXT_MAX);
    return [personal.statementText];
  }
  ensure(
    personal.statementText === undefined,
    'statement-only-in-vps',
    'Statement text belongs in a Victim Personal Statement.',
  );
  const descriptions = Object.entries(personal.conditionDescriptions ?? {});
  for (const [conditionId, description] of descriptions) {
    ensure(
      representation.conditionIds.includes(conditionId),
      'description-for-unknown-condition',
      'A description is given for a condition that is not requested.',
    );
    assertText(description, `personal.conditionDescriptions.${conditionId}`, DISCLOSED_TEXT_MAX);
  }
  return descriptions.map(([, description]) => description);
}

function flagsOf(texts: readonly string[], state: KnownVictim): ScreenFlag[] {
  const found = new Set(
    texts.flatMap((text) =>
      screenForDisclosure(text, { names: state.recordedNames, contactDetails: state.locatingDetails }),
    ),
  );
  return SCREEN_FLAGS.filter((flag) => found.has(flag));
}
