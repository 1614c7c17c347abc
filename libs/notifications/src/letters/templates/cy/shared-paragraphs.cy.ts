/**
 * Welsh sentences several letters end with: the same meaning as `../en/shared-paragraphs.en.ts`, in plain Welsh.
 * To be reviewed by the Welsh Language Unit before go-live (docs/letters.md).
 */
export const NOT_WHERE_HELD =
  "Nid wyf yn gallu dweud wrthych ble mae'r troseddwr yn cael ei gadw. Mae hyn yr un fath i bob dioddefwr yn y cynllun.";

export const SAFETY =
  "Os byddwch chi byth yn teimlo'n anniogel, neu os bydd y troseddwr yn ceisio cysylltu â chi, ffoniwch 999 mewn argyfwng, neu'r heddlu ar 101 fel arall, ac yna rhowch wybod i mi.";

export const QUESTIONS =
  "Os oes gennych unrhyw gwestiynau am y llythyr hwn, neu os hoffech siarad am yr hyn y mae'n ei olygu i chi, cysylltwch â mi gan ddefnyddio'r manylion isod.";

export const VPS_EXPLAINED = [
  "Mae gennych hawl i wneud Datganiad Personol Dioddefwr i'r Bwrdd Parôl. Mae'n egluro sut mae'r drosedd wedi effeithio arnoch chi a'ch teulu, a sut y gallai rhyddhau'r troseddwr effeithio arnoch chi. Mae bob amser yn ysgrifenedig a dylai gymryd llai na 10 munud i'w ddarllen.",
  "Ni ddylai eich datganiad ddweud a ydych chi'n meddwl y dylai'r troseddwr gael ei ryddhau: mater i'r Bwrdd Parôl yw penderfynu hynny. Fel arfer bydd y troseddwr yn gweld eich datganiad yn llawn, felly rhaid iddo beidio â chynnwys eich cyfeiriad nac unrhyw beth arall a allai ddangos ble rydych chi'n byw neu'n gweithio.",
  "Os oes gwrandawiad llafar, gallwch ofyn am gael darllen eich datganiad i'r panel eich hun, ei recordio ymlaen llaw, neu gael rhywun arall i'w ddarllen. Gallaf eich helpu i'w ysgrifennu a'i anfon at y Bwrdd Parôl.",
];

export const LICENCE_CONDITIONS_OFFER =
  "Gallwch hefyd ofyn am amodau trwydded sy'n ymwneud â chi, er enghraifft na chaiff y troseddwr gysylltu â chi na'ch teulu, neu fod rhaid iddo gadw draw o ardal lle rydych chi'n byw neu'n gweithio. Byddaf yn trosglwyddo eich barn yn uniongyrchol i'r bobl sy'n penderfynu.";

/** Plain words for each victim-related condition kind. */
export const CONDITION_WORDS: Record<string, string> = {
  'non-contact': "peidio â chysylltu â chi na'ch teulu, yn uniongyrchol nac yn anuniongyrchol",
  'exclusion-zone': "peidio â mynd i mewn i'r parth gwahardd, sef yr ardal y buom yn ei thrafod â chi",
  other: "amodau eraill sy'n ymwneud â chi, y gallaf eu hesbonio os byddwch yn cysylltu â mi",
};

export const conditionList = (conditions: readonly string[]): string =>
  conditions.map((kind) => CONDITION_WORDS[kind] ?? CONDITION_WORDS.other).join('; ');

/** "y troseddwr" / "y claf"; "carchar" / "ysbyty". */
export const PERSON = { offender: 'y troseddwr', patient: 'y claf' } as const;
export const PLACE = { prison: 'carchar', hospital: 'ysbyty' } as const;

/** The opening most letters share: "I am writing to let you know that …". */
export const LET_YOU_KNOW = "Rwy'n ysgrifennu i roi gwybod i chi";
