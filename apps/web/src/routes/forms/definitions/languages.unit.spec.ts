import { FormContext } from '../form-definition';
import { heldLanguage, LANGUAGES, languageOptions } from './languages';

const withLanguage = (language: string | null) =>
  ({ victim: { contactPreferences: { communication: { language } } } }) as unknown as FormContext;

describe('the language, chosen in words and stored as its tag', () => {
  it('offers English and Welsh first, every tag once and one the API accepts', () => {
    expect(LANGUAGES.slice(0, 2).map((l) => l.text)).toEqual(['English', 'Welsh (Cymraeg)']);
    const tags = LANGUAGES.map((l) => l.value);
    expect(new Set(tags).size).toBe(tags.length);
    // The domain's and the API's pattern for a BCP 47 tag (LANGUAGE_TAG).
    for (const tag of tags) expect(tag).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
  });

  it('starts from the language recorded, else English', () => {
    expect(heldLanguage(withLanguage('cy'))).toBe('cy');
    expect(heldLanguage(withLanguage(null))).toBe('en');
    expect(heldLanguage({} as FormContext)).toBe('en');
  });

  it('adds a recorded language that is not on the list, in words, so saving again keeps it', () => {
    const options = languageOptions(withLanguage('pt-BR'));
    expect(options.at(-1)).toEqual({ value: 'pt-BR', text: 'Brazilian Portuguese' });
    expect(languageOptions(withLanguage('pl'))).toBe(LANGUAGES);
  });
});
