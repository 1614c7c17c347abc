/**
 * The screen a victim liaison officer's draft disclosure passes through before it leaves the scheme. It is an aid,
 * not the decision: it flags what looks like it names or locates someone, and a flagged text is disclosed only when
 * the VLO confirms each flag (see `discloseRepresentation`). It looks at normalised versions of the text, so the
 * usual ways of slipping past a pattern (double spaces, spaced-out digits, "at" and "dot", look-alike Unicode,
 * zero-width characters, line breaks) do not hide a detail. It returns kinds of finding, never the matching text,
 * which would otherwise end up in errors and logs.
 */
export const SCREEN_FLAGS = [
  'victim-name',
  'name',
  'victim-address',
  'street-address',
  'postcode',
  'phone-number',
  'email-address',
] as const;
export type ScreenFlag = (typeof SCREEN_FLAGS)[number];

/** What the service has recorded for the victim (and the people acting for them), to look for in the text. */
export interface RecordedIdentifiers {
  /** Full names as recorded. */
  readonly names: readonly string[];
  /** Address lines, postcodes, phone numbers and emails as recorded. */
  readonly contactDetails: readonly string[];
}

export const SCREEN_FLAG_WORDS = {
  'victim-name': "the victim's recorded name",
  name: 'what looks like a person\u2019s name',
  'victim-address': "the victim's recorded address or contact details",
  'street-address': 'what looks like a street address',
  postcode: 'a postcode',
  'phone-number': 'a phone number',
  'email-address': 'an email address',
} as const satisfies Record<ScreenFlag, string>;

/** A whole UK postcode, once the spaces inside it are gone ("NW1  8QX", "N W 1 8 Q X", "nw18qx"). */
const POSTCODE = /^(?:[a-pr-uwyz][a-hk-y]?\d[a-z\d]?|gir)\d[abd-hjlnp-uw-z]{2}$/;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/;
/** UK numbers: 0 then 9-10 digits, or +44 / 0044 then 9-10 digits (after every separator is taken out). */
const PHONE_DIGITS = /(?:^|[^\d+])(?:0\d{9,10}|(?:\+|00)44\d{9,10})(?!\d)/;
// Words that end a street name; deliberately not "park", "green", "hill" or "view", which ordinary sentences use.
const STREET_SUFFIXES =
  'street|st|road|rd|avenue|ave|lane|ln|close|mews|drive|dr|way|court|ct|crescent|cres|place|pl|terrace|grove|gardens|gdns|square|sq|parade|wharf|cottages?';
const STREET_ADDRESS = new RegExp(
  `\\b(?:flat|apartment|apt)\\s*\\d+[a-z]?\\b|\\b\\d{1,4}[a-z]?,?\\s+(?:[a-z'-]+\\s+){0,3}(?:${STREET_SUFFIXES})\\b`,
);
/** Words a writer puts before a name; a flag is raised when the next word starts with a capital. */
const NAME_CUE =
  /\b(?:my name is|i am called|i'm called|(?:his|her|their) name is|named|known as|mr|mrs|ms|miss|mx|dr)\.?\s+(\S)/gi;

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** Compatibility forms folded (full-width letters, ligatures), invisible characters dropped, every space one space. */
function cleaned(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}|\p{Cf}/gu, '')
    .replace(/\s+/g, ' ');
}

/** "z e l d a" → "zelda", "0 7 7 0 0" → "07700": runs of three or more single characters separated by spaces are joined. */
function joinSpacedCharacters(text: string): string {
  return text.replace(
    /(?:(?<![\p{L}\p{N}])[\p{L}\p{N}] (?=[\p{L}\p{N}](?![\p{L}\p{N}]))){2,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu,
    (run) => run.replace(/ /g, ''),
  );
}

/** "zelda.q at example dot net", "zelda [at] example (dot) net", "zelda . q @ example . net" → "zelda.q@example.net". */
function emailWords(lower: string): string {
  return lower
    .replace(/\s*(?:\[at\]|\(at\)|\{at\}|<at>|\bat\b|@)\s*/g, '@')
    .replace(/\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>|\bdot\b)\s*/g, '.')
    .replace(/\s+\.\s+/g, '.');
}

/** Digits with number words read as digits ("oh seven seven…") and the separators between digits taken out. */
function digitRuns(lower: string): string {
  const spelled = lower.replace(
    /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/g,
    (word) => NUMBER_WORDS[word],
  );
  return joinSpacedCharacters(spelled)
    .replace(/\+\s*44\s*\(\s*0\s*\)/g, '+44') // "+44 (0)7700…": the bracketed zero is not dialled
    .replace(/(?<=[\d+])[\s\-.()/]+(?=[\d(])/g, '')
    .replace(/\(/g, '');
}

function alphanumeric(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The kinds of detail the screen finds in `text`, in SCREEN_FLAGS order; empty when it finds none. */
export function screenForDisclosure(text: string, recorded: RecordedIdentifiers): ScreenFlag[] {
  const original = joinSpacedCharacters(cleaned(text));
  const lower = original.toLowerCase();
  const views = {
    lower,
    compact: alphanumeric(lower),
    compactEmail: alphanumeric(emailWords(lower)),
    digits: digitRuns(lower),
  };
  const found = new Set<ScreenFlag>();

  if (recorded.names.some((name) => containsName(views.lower, views.compact, name))) found.add('victim-name');
  if ([...original.matchAll(NAME_CUE)].some((match) => /\p{Lu}/u.test(match[1]))) found.add('name');
  if (recorded.contactDetails.some((detail) => containsDetail(views, detail))) found.add('victim-address');
  if (STREET_ADDRESS.test(lower)) found.add('street-address');
  if (containsPostcode(lower)) found.add('postcode');
  if (PHONE_DIGITS.test(views.digits)) found.add('phone-number');
  if (EMAIL.test(emailWords(lower))) found.add('email-address');
  return SCREEN_FLAGS.filter((flag) => found.has(flag));
}

/** Any one to four neighbouring words that together spell a postcode. */
function containsPostcode(lower: string): boolean {
  const words = lower.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < Math.min(words.length, start + 4); end++) {
      joined += words[end];
      if (joined.length > 7) break;
      if (POSTCODE.test(joined)) return true;
    }
  }
  return false;
}

/** The whole name anywhere (spacing and punctuation aside), or any part of it of four letters or more as a word. */
function containsName(lower: string, compact: string, name: string): boolean {
  const whole = alphanumeric(name);
  if (whole.length >= 4 && compact.includes(whole)) return true;
  const words = new Set(lower.split(/[^\p{L}'-]+/u));
  return name
    .toLowerCase()
    .split(/[^\p{L}'-]+/u)
    .some((part) => part.length >= 4 && words.has(part));
}

/** A recorded phone's last ten digits, or a recorded address line, postcode or email of six characters or more. */
function containsDetail(views: { compact: string; compactEmail: string; digits: string }, detail: string): boolean {
  if (/^[+\d\s().-]+$/.test(detail.trim())) {
    const digits = detail.replace(/\D/g, '');
    return digits.length >= 7 && views.digits.includes(digits.slice(-Math.min(10, digits.length)));
  }
  const wanted = alphanumeric(detail);
  return wanted.length >= 6 && (views.compact.includes(wanted) || views.compactEmail.includes(wanted));
}
