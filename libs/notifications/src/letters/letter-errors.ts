/**
 * A letter that cannot be written as asked. `rule` is a stable code for the API's 422; the message is plain English
 * and never carries the letter's text or the victim's details.
 */
export class LetterCannotBeWritten extends Error {
  constructor(
    readonly rule:
      'welsh-translation-required' | 'letter-facts-missing' | 'unknown-letter-stage' | 'letter-says-where-held',
    message: string,
  ) {
    super(message);
    this.name = 'LetterCannotBeWritten';
  }
}
