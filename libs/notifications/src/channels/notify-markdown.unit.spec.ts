import fc from 'fast-check';
import { escapeNotifyMarkdown, forNotifyChannel } from './notify-markdown';

/** What a Markdown reader shows for an escaped character: the character (the backslash is dropped). */
const asRead = (escaped: string) => escaped.replace(/\\(.)/g, '$1');

describe("free text in GOV.UK Notify templates (Notify's Markdown)", () => {
  it.each([
    ['# Heading', '\\# Heading'],
    ['## Smaller heading', '\\#\\# Smaller heading'],
    ['* bullet', '\\* bullet'],
    ['- bullet', '\\- bullet'],
    ['+ bullet', '\\+ bullet'],
    ['1. first', '1\\. first'],
    ['  12) twelfth', '  12\\) twelfth'],
    ['^ inset text', '\\^ inset text'],
    ['> quote', '\\> quote'],
    ['---', '\\-\\-\\-'],
    ['===', '\\==='],
    [
      '**bold** and _emphasis_ and `code` and ~~struck~~',
      '\\*\\*bold\\*\\* and \\_emphasis\\_ and \\`code\\` and \\~\\~struck\\~\\~',
    ],
    ['[a link](https://evil.example/x)', '\\[a link\\]\\(https\\://evil.example/x\\)'],
    ['![an image](http://evil.example/i.png)', '\\!\\[an image\\]\\(http\\://evil.example/i.png\\)'],
    ['go to www.evil.example or HTTPS://EVIL.EXAMPLE', 'go to www\\.evil.example or HTTPS\\://EVIL.EXAMPLE'],
    ['write to mailto:someone@evil.example', 'write to mailto\\:someone@evil.example'],
    ['a \\ backslash', 'a \\\\ backslash'],
    ["Siân O'Brien-Jones", "Siân O'Brien\\-Jones"],
  ])('escapes %j', (text, escaped) => {
    expect(escapeNotifyMarkdown(text)).toBe(escaped);
    expect(asRead(escaped)).toBe(text);
  });

  it('keeps the lines (the paragraphs) and reads back exactly as written, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), (text) => {
        const escaped = escapeNotifyMarkdown(text);
        expect(asRead(escaped)).toBe(text);
        expect(escaped.split('\n').length).toBe(text.split('\n').length);
      }),
    );
  });

  it('leaves no line that starts a block and no link, whatever the text', () => {
    const markdownish = fc.stringOf(
      fc.constantFrom(
        '#',
        '*',
        '-',
        '+',
        '^',
        '>',
        '=',
        '1',
        '.',
        ')',
        '[',
        ']',
        '(',
        ')',
        ' ',
        '\n',
        'a',
        ':',
        '/',
        'w',
        'http',
        'www.',
        '\\',
      ),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(markdownish, (text) => {
        const escaped = escapeNotifyMarkdown(text);
        for (const line of escaped.split('\n')) expect(line).not.toMatch(/^\s*([#*\-+^>=]|\d+[.)])/);
        expect(escaped).not.toMatch(/(^|[^\\])\]\(/); // no [text](url)
        expect(escaped).not.toMatch(/https?:\/\//i);
        expect(escaped).not.toMatch(/(^|[^\\])\bwww\.(?!\\)/i);
      }),
    );
  });

  it('never lets a value open a ((placeholder)) or a block, e.g. a court name or victim-entered text', () => {
    for (const text of ['Court ((first_name))', '((reference))', 'Leeds ((Crown)) Court\n# Heading\n^ inset\n---']) {
      const escaped = escapeNotifyMarkdown(text);
      expect(escaped).not.toMatch(/(^|[^\\])\(\(/); // no unescaped "((": Notify's placeholder opening
      expect(escaped).not.toMatch(/(^|[^\\])\)\)/);
      expect(asRead(escaped)).toBe(text);
    }
    expect(escapeNotifyMarkdown('Court ((first_name))')).toBe('Court \\(\\(first\\_name\\)\\)');
  });

  it('leaves text messages as written: Notify shows SMS text as it is', () => {
    expect(forNotifyChannel('sms', '# not a heading')).toBe('# not a heading');
    expect(forNotifyChannel('email', '# a heading')).toBe('\\# a heading');
    expect(forNotifyChannel('letter', '# a heading')).toBe('\\# a heading');
  });
});
