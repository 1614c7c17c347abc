/**
 * GOV.UK Notify renders email and letter templates as a Markdown dialect (headings `#`, bullets `*` `-` `+` `•`,
 * numbered lists, inset text `^`, quotes `>`, rules `---`, links `[text](url)` and bare URLs, emphasis, code), and the
 * values we put into `((placeholders))` are rendered with the template. Free text in them — a victim's name, a VLO's
 * words in a letter, a licence condition's description — must never become formatting or a link: every character that
 * could start Markdown is escaped with a backslash (CommonMark's escape for ASCII punctuation, which Notify's renderer
 * honours and prints as the character itself), and a URL is defused (its `://` and a leading `www.` escaped), so the
 * reader sees exactly the text that was written. Line breaks are kept: they are the paragraphs.
 *
 * Text messages are not rendered as Markdown by Notify (the characters would show as written), so SMS values are not
 * escaped: `forNotifyChannel` says which.
 */

/** Punctuation that starts Markdown anywhere in a line (CommonMark and Notify's renderer both escape these). */
const INLINE = /[\\`*_{}[\]()#+\-!|~>]/g;
/** At the start of a line only: Notify's inset text `^`, a heading underline `=`, a numbered-list marker `1.` `1)`. */
const LINE_START = /^(\s*)([\^=])/;
const NUMBERED = /^(\s*\d+)([.)])/;
/** The start of a URL Notify (or a mail client's HTML) would turn into a link. */
const URL_START = /\b(https?|ftp|mailto):(\/\/)?|\bwww\./gi;

export function escapeNotifyMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE, (character) => `\\${character}`)
        .replace(LINE_START, (_, space: string, marker: string) => `${space}\\${marker}`)
        .replace(NUMBERED, (_, number: string, marker: string) => `${number}\\${marker}`)
        .replace(URL_START, (start: string) => start.replace(':', '\\:').replace(/\.$/, '\\.')),
    )
    .join('\n');
}

/** The value as it must go into a Notify template of this channel. */
export function forNotifyChannel(channel: 'email' | 'sms' | 'letter', value: string): string {
  return channel === 'sms' ? value : escapeNotifyMarkdown(value);
}
