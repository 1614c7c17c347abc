/** Sentences several English letters end with. Plain English, no jargon, nothing about where the offender is held. */
export const NOT_WHERE_HELD =
  'I am not able to tell you where the offender is held. This is the same for every victim in the scheme.';

export const SAFETY =
  'If you ever feel unsafe or the offender tries to contact you, call 999 in an emergency, or the police on 101 otherwise, and then let me know.';

export const QUESTIONS =
  'If you have any questions about this letter, or want to talk about what it means for you, please contact me using the details below.';

export const VPS_EXPLAINED = [
  'You have the right to make a Victim Personal Statement to the Parole Board. It explains how the crime has affected you and your family, and how the offender being released could affect you. It is always in writing and should take less than 10 minutes to read.',
  'Your statement should not say whether you think the offender should be released: that is for the Parole Board to decide. The offender will usually see your statement in full, so it must not include your address or anything else that could show where you live or work.',
  'If there is an oral hearing you can ask to read your statement to the panel yourself, have it recorded beforehand, or have someone else read it. I can help you write it and send it to the Parole Board.',
];

export const LICENCE_CONDITIONS_OFFER =
  'You can also ask for licence conditions that relate to you, for example that the offender must not contact you or your family, or must stay out of an area where you live or work. I will pass your views directly to the people who decide.';

/** Plain words for each victim-related condition kind (the exclusion zone's area was agreed with the victim and is not repeated here). */
export const CONDITION_WORDS: Record<string, string> = {
  'non-contact': 'not to contact you or your family, directly or indirectly',
  'exclusion-zone': 'not to enter the exclusion zone, the area we discussed with you',
  other: 'other conditions that relate to you, which I can explain if you contact me',
};
