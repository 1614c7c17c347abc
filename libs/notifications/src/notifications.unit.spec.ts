import { contactCardOf, letterContentOf } from './rendering/contact-card';
import { renderStage, STAGES_WITH_TEXT } from './rendering/stage-messages';
import { deliveryJobId, notificationIdFor, replacementNotificationId } from './ids';
import { NotifyTemplates } from './channels/notify-templates';

describe('notification ids', () => {
  const parts = { victimId: 'v1', sentenceId: 's1', stage: 'release-on-licence', cause: 'm1' };

  it('derives the same notification id from the same victim, sentence, stage and cause, and a different one otherwise', () => {
    expect(notificationIdFor(parts)).toBe(notificationIdFor({ ...parts }));
    expect(notificationIdFor(parts)).not.toBe(notificationIdFor({ ...parts, cause: 'm2' }));
    expect(notificationIdFor(parts)).not.toBe(notificationIdFor({ ...parts, victimId: 'v2' }));
    expect(replacementNotificationId(notificationIdFor(parts), 'letter-fallback')).not.toBe(notificationIdFor(parts));
  });

  it('derives a job id from the notification and its due time, whatever the instant is written like', () => {
    const id = notificationIdFor(parts);
    expect(deliveryJobId(id, '2026-11-23T09:00:00Z')).toBe(deliveryJobId(id, '2026-11-23T09:00:00.000Z'));
    expect(deliveryJobId(id, '2026-11-23T09:00:00Z')).not.toBe(deliveryJobId(id, '2026-11-24T09:00:00Z'));
    expect(deliveryJobId(id, '2026-11-23T09:00:00Z')).not.toContain(':');
  });
});

describe('stage messages', () => {
  it('has plain-English text for every stage, addressed to the recipient, ending with how to reach the VLO', () => {
    for (const stage of STAGES_WITH_TEXT) {
      const { subject, body } = renderStage(stage, { date: '2026-11-23', detail: {} }, 'Jane Example');
      expect(subject.length).toBeGreaterThan(5);
      expect(body.startsWith('Dear Jane Example,')).toBe(true);
      expect(body).toContain('victim liaison officer');
      expect(body).not.toMatch(/undefined|null|\$\{/);
    }
  });

  it('writes dates the British way from the milestone detail', () => {
    const { body } = renderStage(
      'parole-hearing-listed',
      { date: '2026-11-23', detail: { hearingDate: '2027-03-15', hearingType: 'oral' } },
      undefined,
    );
    expect(body).toContain("an oral hearing of the offender's case on 15 March 2027");
    expect(body.startsWith('Dear Sir or Madam,')).toBe(true);
    expect(renderStage('parole-decision', { date: '2026-11-23', detail: { outcome: 'release' } }, 'A').body).toContain(
      'directed that the offender be released on 23 November 2026',
    );
  });
});

describe('contact card', () => {
  const referral = {
    type: 'ReferralReceived',
    data: {
      personal: {
        fullName: 'Jane Example',
        address: { lines: ['1 Road'], postcode: 'LS1 1AA' },
        email: 'old@example.org',
      },
    },
  };
  const preferences = {
    type: 'ContactPreferencesUpdated',
    data: {
      personal: {
        email: 'jane@example.org',
        mobile: '07700 900123',
        language: 'cy',
        accessibleFormats: ['large-print'],
      },
    },
  };

  it('takes the name from the referral (and corrections), contact details, language and formats from the latest preferences', () => {
    const card = contactCardOf([
      referral,
      preferences,
      { type: 'VictimDetailsUpdated', data: { personal: { fullName: 'Jane Corrected' } } },
    ]);
    expect(card).toEqual({
      recipient: {
        name: 'Jane Corrected',
        email: 'jane@example.org',
        mobile: '07700 900123',
        addressLines: ['1 Road'],
        postcode: 'LS1 1AA',
      },
      language: 'cy',
      accessibleFormats: ['large-print'],
    });
  });

  it('addresses the person acting for the victim when letters go to them', () => {
    const acting = {
      type: 'ActingForVictimNominated',
      data: {
        receivesCommunications: true,
        personal: { fullName: 'John Example', address: { lines: ['4 Larch Close'], postcode: 'BD1 2QQ' } },
      },
    };
    expect(contactCardOf([referral, preferences, acting]).recipient).toMatchObject({
      name: 'John Example',
      addressLines: ['4 Larch Close'],
      postcode: 'BD1 2QQ',
      email: 'jane@example.org',
    });
  });

  it('addresses a child victim themselves once contact is handed to them at 18, not the parent or guardian', () => {
    const parent = {
      type: 'ActingForVictimNominated',
      data: {
        role: 'parent-or-guardian',
        receivesCommunications: true,
        personal: { fullName: 'John Example', address: { lines: ['4 Larch Close'], postcode: 'BD1 2QQ' } },
      },
    };
    const handedOver = { type: 'ContactHandedToVictim', data: { handedOverOn: '2026-03-02' } };
    expect(contactCardOf([referral, parent, handedOver, preferences]).recipient).toMatchObject({
      name: 'Jane Example',
      addressLines: ['1 Road'],
      email: 'jane@example.org',
    });
  });

  it('knows nothing about an erased victim', () => {
    expect(contactCardOf([{ type: 'ReferralReceived', data: { personal: { erased: true } } }]).recipient).toEqual({});
  });

  it("reads the approved letter's words and address as last edited", () => {
    const events = [
      {
        type: 'LetterDrafted',
        data: { letterId: 'l1', personal: { body: 'first', addressBlock: 'Jane\n1 Road\nLS1 1AA', language: 'en' } },
      },
      { type: 'LetterEdited', data: { letterId: 'l1', personal: { body: 'second' } } },
      { type: 'LetterDrafted', data: { letterId: 'l2', personal: { body: 'other' } } },
    ];
    expect(letterContentOf(events, 'l1')).toEqual({
      body: 'second',
      addressBlock: 'Jane\n1 Road\nLS1 1AA',
      language: 'en',
    });
  });
});

describe('Notify templates', () => {
  const templates = new NotifyTemplates({
    default: { email: { en: 'e-en', cy: 'e-cy' } },
    recall: { email: { en: 'recall-en' } },
  });

  it('chooses the stage template, else the default; the language, else English', () => {
    expect(templates.templateFor('recall', 'email', 'en')).toBe('recall-en');
    expect(templates.templateFor('release-on-licence', 'email', 'cy-GB')).toBe('e-cy');
    expect(templates.templateFor('release-on-licence', 'email', 'pl')).toBe('e-en');
    expect(templates.templateFor('release-on-licence', 'sms', 'en')).toBeUndefined();
    expect(templates.hasLanguage('release-on-licence', 'email', 'pl')).toBe(false);
  });
});
