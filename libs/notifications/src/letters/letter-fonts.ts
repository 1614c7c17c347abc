import { readFileSync } from 'node:fs';

/**
 * The fonts letters are printed in: Noto Sans (SIL Open Font License), embedded in every PDF. The PDF standard fonts
 * (Helvetica, WinAnsi encoding) have no ŵ or ŷ, so Welsh could not be printed, nor names such as "Łukasz" or
 * "Nguyễn". Noto Sans covers Latin (with Welsh, every European Latin alphabet and Vietnamese), Greek and Cyrillic.
 * The TrueType files ship inside the npm package `@expo-google-fonts/noto-sans` (pinned in package.json), so every
 * machine that installs the project has them; nothing is looked up on the host.
 */
const FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

export type LetterFontWeight = keyof typeof FILES;

const loaded = new Map<LetterFontWeight, Buffer>();

/** The TrueType file of a weight (read once per process). */
export function letterFont(weight: LetterFontWeight): Buffer {
  let font = loaded.get(weight);
  if (!font) {
    font = readFileSync(require.resolve(FILES[weight]));
    loaded.set(weight, font);
  }
  return font;
}
