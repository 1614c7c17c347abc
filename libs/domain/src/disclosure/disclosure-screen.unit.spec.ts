import { RecordedIdentifiers, ScreenFlag, screenForDisclosure } from './disclosure-screen';

const ZELDA: RecordedIdentifiers = {
  names: ['Zelda Londoner'],
  contactDetails: ['7 Quartz Mews', 'London', 'NW1 8QX', '07700 900123', 'zelda.q@example.net'],
};
const NOBODY: RecordedIdentifiers = { names: [], contactDetails: [] };

describe('the disclosure screen', () => {
  it('flags every detail in the statement that went to the Parole Board word for word', () => {
    const text =
      'My name is Zelda Londoner\u2026 7 Quartz  Mews, NW1  8QX. Call me on 0 7 7 0 0 9 0 0 1 2 3 or zelda.q at example.net';
    expect(screenForDisclosure(text, ZELDA)).toEqual([
      'victim-name',
      'name',
      'victim-address',
      'street-address',
      'postcode',
      'phone-number',
      'email-address',
    ]);
    // Even knowing nothing about the victim, every kind of detail is still flagged.
    expect(screenForDisclosure(text, NOBODY)).toEqual([
      'name',
      'street-address',
      'postcode',
      'phone-number',
      'email-address',
    ]);
  });

  const evasions: [string, string, ScreenFlag][] = [
    ['a postcode with a double space', 'I moved to near NW1  8QX last year.', 'postcode'],
    ['a postcode without its space', 'I moved to near nw18qx last year.', 'postcode'],
    ['a postcode spelt out letter by letter', 'I moved to near N W 1 8 Q X last year.', 'postcode'],
    ['a postcode split in three', 'I moved to near NW 1 8QX last year.', 'postcode'],
    ['a postcode across a line break', 'I moved to near NW1\n8QX last year.', 'postcode'],
    ['a postcode with a zero-width space', 'I moved to near NW1\u200b 8QX last year.', 'postcode'],
    [
      'a postcode in full-width letters',
      'I moved to near \uff2e\uff37\uff11 \uff18\uff31\uff38 last year.',
      'postcode',
    ],
    ['a phone number with spaced-out digits', 'Call me on 0 7 7 0 0 9 0 0 1 2 3 please.', 'phone-number'],
    ['a phone number in groups', 'Call me on 07700 900 123 please.', 'phone-number'],
    ['a phone number with dashes and dots', 'Call me on 07700-900.123 please.', 'phone-number'],
    ['an international phone number', 'Call me on +44 (0)7700 900123 please.', 'phone-number'],
    ['an international phone number without the bracketed zero', 'Call me on +44 7700 900123 please.', 'phone-number'],
    ['a phone number in words', 'Call me on oh seven seven oh oh nine oh oh one two three please.', 'phone-number'],
    ['an email with "at"', 'Write to zelda.q at example.net any time.', 'email-address'],
    ['an email with "at" and "dot"', 'Write to zelda dot q at example dot net any time.', 'email-address'],
    ['an email with bracketed "at" and "dot"', 'Write to zelda.q [at] example (dot) net any time.', 'email-address'],
    ['an email with spaces round the @', 'Write to zelda.q @ example.net any time.', 'email-address'],
    ['an email with spaced dots', 'Write to zelda . q at example . net any time.', 'email-address'],
    ["the victim's name in capitals", 'This is a statement from ZELDA LONDONER.', 'victim-name'],
    ["the victim's surname alone", 'The Londoner family still lives in fear.', 'victim-name'],
    ["the victim's name spaced out", 'Signed, Z e l d a.', 'victim-name'],
    ["the victim's name with a zero-width joiner", 'Signed, Zel\u200dda.', 'victim-name'],
    ['a name after a title', 'Mrs Okafor from next door saw it all.', 'name'],
    ['a name introduced', 'My daughter, her name is Amara, cannot sleep.', 'name'],
    ['a house number and street', 'He waited outside 14 Church Lane every night.', 'street-address'],
    ['a flat number', 'He knows I live in Flat 3 now.', 'street-address'],
    ["the victim's address line with odd spacing", 'He came to 7  Quartz   Mews again.', 'victim-address'],
    ["the victim's phone written another way", 'Ring 0770 0900 123.', 'victim-address'],
    ["the victim's recorded email with words", 'Write to zelda.q at example dot net.', 'victim-address'],
  ];

  it.each(evasions)('flags %s', (_what, text, flag) => {
    expect(screenForDisclosure(text, ZELDA)).toContain(flag);
  });

  const clean = [
    'Since the attack I feel unsafe when I go out at night, and I no longer sleep through.',
    'The hearing on 12 March 2025 at 10 am was the first time I saw him in three years.',
    'He hit me 3 times and I spent 2 weeks in hospital.',
    'I would ask that he is kept away from the town centre and the streets around my workplace.',
    'I was at home. Then the phone rang and everything changed.',
    'The Parole Board should know how this has affected my children and my work.',
    'In 2019, 2020 and 2021 I had to move twice.',
  ];

  it.each(clean)('flags nothing in an ordinary sentence: %s', (text) => {
    expect(screenForDisclosure(text, ZELDA)).toEqual([]);
  });

  it('never returns the text it found', () => {
    const flags = screenForDisclosure('Call me on 07700 900123 or zelda.q@example.net', ZELDA);
    expect(JSON.stringify(flags)).not.toMatch(/07700|zelda/i);
  });
});
