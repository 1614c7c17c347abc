import { Module } from '@nestjs/common';
import { AssignVictimLiaisonOfficerController } from './assign-victim-liaison-officer/assign-victim-liaison-officer.controller';
import { AssignVictimLiaisonOfficerHandler } from './assign-victim-liaison-officer/assign-victim-liaison-officer.handler';
import { ConfirmSafetyCheckController } from './confirm-safety-check/confirm-safety-check.controller';
import { ConfirmSafetyCheckHandler } from './confirm-safety-check/confirm-safety-check.handler';
import { DiscloseRepresentationController } from './disclose-representation/disclose-representation.controller';
import { DiscloseRepresentationHandler } from './disclose-representation/disclose-representation.handler';
import { DeclineSchemeController } from './decline-scheme/decline-scheme.controller';
import { DeclineSchemeHandler } from './decline-scheme/decline-scheme.handler';
import { EnrolVictimController } from './enrol-victim/enrol-victim.controller';
import { EnrolVictimHandler } from './enrol-victim/enrol-victim.handler';
import { LinkVictimToSentenceController } from './link-victim-to-sentence/link-victim-to-sentence.controller';
import { LinkVictimToSentenceHandler } from './link-victim-to-sentence/link-victim-to-sentence.handler';
import { NominateActingPersonController } from './nominate-acting-person/nominate-acting-person.controller';
import { NominateActingPersonHandler } from './nominate-acting-person/nominate-acting-person.handler';
import { ReceiveReferralController } from './receive-referral/receive-referral.controller';
import { ReceiveReferralHandler } from './receive-referral/receive-referral.handler';
import { RecordContactController } from './record-contact/record-contact.controller';
import { RecordContactHandler } from './record-contact/record-contact.handler';
import { RejoinSchemeController } from './rejoin-scheme/rejoin-scheme.controller';
import { HandContactToVictimController } from './hand-contact-to-victim/hand-contact-to-victim.controller';
import { HandContactToVictimHandler } from './hand-contact-to-victim/hand-contact-to-victim.handler';
import { RejoinSchemeHandler } from './rejoin-scheme/rejoin-scheme.handler';
import { SentenceFactsLoader } from './shared/sentence-facts.loader';
import { SubmitRepresentationController } from './submit-representation/submit-representation.controller';
import { SubmitRepresentationHandler } from './submit-representation/submit-representation.handler';
import { UpdateContactPreferencesController } from './update-contact-preferences/update-contact-preferences.controller';
import { UpdateContactPreferencesHandler } from './update-contact-preferences/update-contact-preferences.handler';
import { UpdateVictimDetailsController } from './update-victim-details/update-victim-details.controller';
import { UpdateVictimDetailsHandler } from './update-victim-details/update-victim-details.handler';
import { VictimRequestController } from './victim-requests/victim-request.controller';
import {
  AnswerVictimRequestHandler,
  MakeVictimRequestHandler,
  RecordRightExplainedHandler,
} from './victim-requests/victim-request.handlers';
import { WithdrawFromSchemeController } from './withdraw-from-scheme/withdraw-from-scheme.controller';
import { WithdrawFromSchemeHandler } from './withdraw-from-scheme/withdraw-from-scheme.handler';

/** Victims: referral, enrolment and the scheme choices, links, people acting for them, preferences, contacts, safety checks, representations. */
@Module({
  controllers: [
    ReceiveReferralController,
    EnrolVictimController,
    DeclineSchemeController,
    WithdrawFromSchemeController,
    RejoinSchemeController,
    HandContactToVictimController,
    LinkVictimToSentenceController,
    NominateActingPersonController,
    UpdateContactPreferencesController,
    RecordContactController,
    SubmitRepresentationController,
    DiscloseRepresentationController,
    AssignVictimLiaisonOfficerController,
    UpdateVictimDetailsController,
    ConfirmSafetyCheckController,
    VictimRequestController,
  ],
  providers: [
    SentenceFactsLoader,
    ReceiveReferralHandler,
    EnrolVictimHandler,
    DeclineSchemeHandler,
    WithdrawFromSchemeHandler,
    RejoinSchemeHandler,
    HandContactToVictimHandler,
    LinkVictimToSentenceHandler,
    NominateActingPersonHandler,
    UpdateContactPreferencesHandler,
    RecordContactHandler,
    SubmitRepresentationHandler,
    DiscloseRepresentationHandler,
    AssignVictimLiaisonOfficerHandler,
    UpdateVictimDetailsHandler,
    ConfirmSafetyCheckHandler,
    MakeVictimRequestHandler,
    AnswerVictimRequestHandler,
    RecordRightExplainedHandler,
  ],
})
export class VictimModule {}
