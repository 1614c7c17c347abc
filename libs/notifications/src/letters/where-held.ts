/**
 * Victims are never told where the offender is held (docs/DOMAIN-RULES.md). Templates have no field for it; this catches a
 * VLO's edit that names an establishment the usual ways. It cannot catch everything (a town alone, say), which is
 * what the manager's review is for. Returns what kind of mention it found, never the text.
 */
const WHERE_HELD_PATTERNS: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
  {
    kind: 'a prison (HMP, HMYOI, HM Prison)',
    pattern:
      /\bHM\s*P\b|\bHMP\b|\bHMYOI\b|\bHM\s+Prison\b|\bHer\s+Majesty'?s\s+Prison\b|\bHis\s+Majesty'?s\s+Prison\b/i,
  },
  {
    kind: 'a prison named in Welsh (CEF, Carchar EF)',
    pattern: /\bCEF\b|\b(?:[Cc]h?|[Gg]|[Nn]gh)archar\s+(?:EF|Ei\s+Fawrhydi)\b/,
  }, // with its mutations
  { kind: 'a young offender institution named in Welsh', pattern: /\bSefydliad\s+Troseddwyr\s+Ifanc\b/i },
  {
    kind: 'a young offender institution',
    pattern: /\bYoung\s+Offender(?:s)?\s+Institution\b|\bsecure\s+training\s+centre\b/i,
  },
  { kind: 'a high-secure hospital', pattern: /\b(?:Broadmoor|Rampton|Ashworth|Carstairs)\b/i },
  {
    kind: 'a named hospital or unit',
    pattern: /\b[A-Z][a-z]+\s+(?:Secure|Forensic|Psychiatric)\s+(?:Unit|Hospital|Service)\b/,
  },
];

export function mentionsWhereHeld(text: string): string | undefined {
  return WHERE_HELD_PATTERNS.find(({ pattern }) => pattern.test(text))?.kind;
}
