import { Inject, Injectable } from '@nestjs/common';
import {
  annualContactAnchorOf,
  DomainRuleViolation,
  foldEvents,
  isHospitalOrder,
  KnownVictim,
  MilestoneKind,
  NotFound,
  NotificationStage,
  SentenceEvent,
  sentenceStreamId,
  VictimEvent,
  victimDecider,
  victimStreamId,
} from '@vcs/domain';
import { EVENT_STORE, EventStore, readWholeStream, RecordedEvent } from '@vcs/event-store';
import {
  LetterFacts,
  LetterLanguage,
  letterLanguageFor,
  LetterRecipient,
  MilestoneFact,
  requestAnswerInHistory,
} from '@vcs/notifications';
import { isErasedPersonalData } from '@vcs/security';

interface Address {
  readonly lines?: readonly string[];
  readonly postcode?: string;
}

/** Everything a letter is drafted from: the victim's state, who it goes to, its language, and the sentence's facts. */
export interface LetterDrafting {
  readonly victim: KnownVictim;
  readonly stage: NotificationStage;
  readonly recipient: LetterRecipient;
  readonly language: LetterLanguage;
  readonly facts: LetterFacts;
}

/**
 * Reads the victim's stream (decrypted by the application's event store) and the sentence's stream to draft a letter:
 * the name and address it goes to (the person acting for the victim when they receive communications), the
 * victim's language, and the latest milestone of each kind. Nothing here is logged or kept.
 */
@Injectable()
export class LetterDraftingLoader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(
    victimId: string,
    ask: { stage?: NotificationStage; notificationId?: string; sentenceId?: string },
  ): Promise<LetterDrafting> {
    const history = await readWholeStream(this.store, victimStreamId(victimId));
    const victim = foldEvents(victimDecider, history.map(asDomainEvent<VictimEvent>));
    if (!victim.exists) throw new NotFound('victim-not-found', `No victim ${victimId} is recorded.`);

    const notification = ask.notificationId !== undefined ? victim.notifications[ask.notificationId] : undefined;
    if (ask.notificationId !== undefined && !notification) {
      throw new DomainRuleViolation(
        'unknown-notification',
        `No notification ${ask.notificationId} is scheduled for this victim.`,
      );
    }
    if (notification && ask.stage !== undefined && ask.stage !== notification.stage) {
      throw new DomainRuleViolation(
        'stage-mismatch',
        `The notification is about ${notification.stage}, not ${ask.stage}.`,
      );
    }
    const stage = ask.stage ?? notification?.stage;
    if (stage === undefined)
      throw new DomainRuleViolation(
        'stage-required',
        'Say which stage the letter is for, or which scheduled notification it answers.',
      );
    if (
      victim.optedOutOn !== undefined &&
      (victim.participation === 'declined' || victim.participation === 'withdrawn')
    ) {
      throw new DomainRuleViolation(
        'victim-opted-out',
        `The victim said no on ${victim.optedOutOn}; they are not written to again unless they come back.`,
      );
    }

    const sentenceId = notification?.sentenceId ?? ask.sentenceId ?? victim.referralSentenceId;
    if (!victim.linkedSentenceIds.includes(sentenceId))
      throw new DomainRuleViolation('sentence-not-linked', 'The victim is not linked to this sentence.');

    const people = personalDetails(history);
    if (people.erased)
      throw new DomainRuleViolation(
        'personal-data-erased',
        "The victim's personal data has been erased; no letter can be written.",
      );
    const recipient = people.actingRecipient ?? (victim.circumstance === 'deceased-victim' ? undefined : people.victim);
    if (!recipient) {
      throw new DomainRuleViolation(
        'deceased-victim-contact-through-next-of-kin',
        'The victim died as a result of the offence; letters go to the person acting for them who receives communications.',
      );
    }
    if (!recipient.address?.lines?.length)
      throw new DomainRuleViolation(
        'letter-needs-address',
        'There is no postal address to write to; record one in the contact preferences.',
      );

    const sentence = await this.sentenceFacts(sentenceId, notification?.causedBy.milestoneId);
    // The VNS has its own letters (issue 17); the yearly letter covers the stages since the victim joined or the last one.
    const anchor = stage === 'annual-contact' ? annualContactAnchorOf(history.map(asDomainEvent<VictimEvent>)) : {};
    const yearFrom = anchor.lastLetterOn ?? anchor.joinedOn;
    // The answer to a request (issue 17): the notification's own, or the latest on the sentence for a letter on its own.
    const request =
      stage === 'request-answered'
        ? requestAnswerInHistory(history, { answerEventId: notification?.causedBy.eventId, sentenceId })
        : undefined;
    const facts: LetterFacts = {
      ...sentence,
      scheme: victim.referredFor,
      ...(yearFrom !== undefined ? { yearFrom } : {}),
      ...(request !== undefined ? { request } : {}),
    };
    return {
      victim,
      stage,
      recipient: {
        fullName: recipient.fullName,
        addressLines: recipient.address.lines,
        postcode: recipient.address.postcode,
      },
      language: letterLanguageFor(people.languageTag),
      facts,
    };
  }

  private async sentenceFacts(sentenceId: string, causedByMilestoneId: string | undefined): Promise<LetterFacts> {
    const history = (await readWholeStream(this.store, sentenceStreamId(sentenceId))).map(asDomainEvent<SentenceEvent>);
    let hospitalOrder = false;
    const milestones: Partial<Record<MilestoneKind, MilestoneFact>> = {};
    let chosen: { kind: MilestoneKind; fact: MilestoneFact } | undefined;
    const all: ({ kind: MilestoneKind } & MilestoneFact)[] = [];
    for (const event of history) {
      if (event.type === 'SentenceRecorded') hospitalOrder = isHospitalOrder(event.data.sentenceType);
      if (event.type === 'SentenceMilestoneReached') {
        const fact = { date: event.data.date, detail: event.data.detail } as MilestoneFact;
        milestones[event.data.kind] = fact;
        all.push({ kind: event.data.kind, ...fact });
        if (event.data.milestoneId === causedByMilestoneId) chosen = { kind: event.data.kind, fact };
      }
    }
    if (history.length === 0) throw new NotFound('sentence-not-found', `No sentence ${sentenceId} is recorded.`);
    // A notification about one milestone writes about that one, even if a later one of the same kind followed.
    if (chosen) milestones[chosen.kind] = chosen.fact;
    return {
      hospitalOrder,
      milestones,
      history: [...all].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    } as LetterFacts;
  }
}

function asDomainEvent<E>(event: RecordedEvent): E {
  return { type: event.type, data: event.data } as unknown as E;
}

interface Person {
  readonly fullName: string;
  readonly address?: Address;
}

/** The victim's name and latest address, their language, and the person acting for them who receives letters. */
function personalDetails(history: readonly RecordedEvent[]): {
  victim?: Person;
  actingRecipient?: Person;
  languageTag?: string;
  erased: boolean;
} {
  let victim: Person | undefined;
  let actingRecipient: Person | undefined;
  let languageTag: string | undefined;
  let erased = false;
  for (const event of history) {
    const personal = (event.data as { personal?: unknown }).personal;
    if (event.type === 'VictimPersonalDataErased' || isErasedPersonalData(personal)) {
      erased = true;
      continue;
    }
    const p = (personal ?? {}) as { fullName?: string; address?: Address; language?: string };
    switch (event.type) {
      case 'ReferralReceived':
        victim = { fullName: p.fullName ?? '', address: p.address };
        break;
      case 'VictimDetailsUpdated':
        if (victim && p.fullName) victim = { ...victim, fullName: p.fullName };
        break;
      case 'ContactPreferencesUpdated':
        if (victim && p.address) victim = { ...victim, address: p.address };
        languageTag = p.language;
        break;
      case 'ActingForVictimNominated':
        if ((event.data as { receivesCommunications?: boolean }).receivesCommunications && p.fullName)
          actingRecipient = { fullName: p.fullName, address: p.address };
        break;
    }
  }
  return { victim, actingRecipient, languageTag, erased };
}
