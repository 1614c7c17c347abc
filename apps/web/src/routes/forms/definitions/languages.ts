import { FieldOption, FormContext } from '../form-definition';

/**
 * The languages a victim may want letters and calls in, in words; the API stores the BCP 47 tag. English and Welsh
 * first (letters are written in either: docs/DOMAIN-RULES.md), then the main languages of England and Wales other
 * than those (ONS, Census 2021, "Language, England and Wales"), alphabetically; other languages the VLO arranges.
 */
export const LANGUAGES: readonly FieldOption[] = [
  { value: 'en', text: 'English' },
  { value: 'cy', text: 'Welsh (Cymraeg)' },
  ...[
    { value: 'sq', text: 'Albanian' },
    { value: 'ar', text: 'Arabic' },
    { value: 'bn', text: 'Bengali' },
    { value: 'bfi', text: 'British Sign Language' },
    { value: 'bg', text: 'Bulgarian' },
    { value: 'yue', text: 'Cantonese' },
    { value: 'cs', text: 'Czech' },
    { value: 'fr', text: 'French' },
    { value: 'de', text: 'German' },
    { value: 'el', text: 'Greek' },
    { value: 'gu', text: 'Gujarati' },
    { value: 'hi', text: 'Hindi' },
    { value: 'hu', text: 'Hungarian' },
    { value: 'it', text: 'Italian' },
    { value: 'ku', text: 'Kurdish' },
    { value: 'lv', text: 'Latvian' },
    { value: 'lt', text: 'Lithuanian' },
    { value: 'ml', text: 'Malayalam' },
    { value: 'cmn', text: 'Mandarin' },
    { value: 'pa', text: 'Panjabi' },
    { value: 'ps', text: 'Pashto' },
    { value: 'fa', text: 'Persian (Farsi)' },
    { value: 'pl', text: 'Polish' },
    { value: 'pt', text: 'Portuguese' },
    { value: 'ro', text: 'Romanian' },
    { value: 'ru', text: 'Russian' },
    { value: 'sk', text: 'Slovak' },
    { value: 'so', text: 'Somali' },
    { value: 'es', text: 'Spanish' },
    { value: 'ta', text: 'Tamil' },
    { value: 'ti', text: 'Tigrinya' },
    { value: 'tr', text: 'Turkish' },
    { value: 'uk', text: 'Ukrainian' },
    { value: 'ur', text: 'Urdu' },
  ],
];

const held = (context: FormContext): string | undefined =>
  context.victim?.contactPreferences?.communication?.language ?? undefined;

/** The language already recorded for the victim, else English. */
export const heldLanguage = (context: FormContext): string => held(context) ?? 'en';

/**
 * The list, with the victim's recorded language added in words when it is not on it (a tag recorded through the API,
 * e.g. pt-BR), so saving the form again keeps it.
 */
export function languageOptions(context: FormContext): readonly FieldOption[] {
  const tag = held(context);
  if (tag === undefined || LANGUAGES.some((language) => language.value === tag)) return LANGUAGES;
  return [...LANGUAGES, { value: tag, text: languageInWords(tag) }];
}

function languageInWords(tag: string): string {
  try {
    return new Intl.DisplayNames(['en-GB'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
