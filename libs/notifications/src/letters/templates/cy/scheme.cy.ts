import { LetterTemplate } from '../letter-template';
import { PERSON, QUESTIONS } from './shared-paragraphs.cy';

/** Y llythyrau am y cynllun ei hun: y cynnig cyntaf, a'r llythyr blynyddol. */
export const SCHEME_TEMPLATES_CY = {
  'initial-contact': {
    subject: 'Y Cynllun Cyswllt â Dioddefwyr',
    paragraphs: ({ person }) => [
      `Fi yw eich Swyddog Cyswllt Dioddefwyr o'r Gwasanaeth Prawf. Rwy'n ysgrifennu atoch oherwydd bod y llys wedi dedfrydu ${PERSON[person]} yn eich achos chi, a gallwch ddewis ymuno â'r Cynllun Cyswllt â Dioddefwyr.`,
      "Os byddwch yn ymuno, byddaf yn dweud wrthych am gamau pwysig y ddedfryd, fel pryd mae rhyddhau'n cael ei ystyried a phryd mae'n digwydd. Gallwch ddewis clywed am bob cam allweddol, dim ond am y mis rhyddhau, neu gael un llythyr y flwyddyn.",
      "Efallai y byddwch hefyd yn gallu rhoi eich barn ar amodau sy'n ymwneud â chi, er enghraifft na chaiff y troseddwr gysylltu â chi, a gwneud Datganiad Personol Dioddefwr os bydd y Bwrdd Parôl yn adolygu'r achos.",
      "Hoffwn gynnig ymweliad i chi, neu gallwn siarad dros y ffôn, i egluro'r cynllun ac ateb eich cwestiynau. Eich dewis chi yw hyn: gallwch ymuno nawr, yn nes ymlaen, neu ddim o gwbl, a gallwch adael y cynllun ar unrhyw adeg.",
      "Cysylltwch â mi gan ddefnyddio'r manylion isod i roi gwybod i mi beth hoffech chi ei wneud.",
    ],
  },
  'annual-contact': {
    subject: 'Eich diweddariad blynyddol gan y Cynllun Cyswllt â Dioddefwyr',
    paragraphs: ({ person }) => [
      `Rwy'n ysgrifennu gyda'ch diweddariad blynyddol am ${PERSON[person]} yn eich achos chi, fel y gofynnoch pan wnaethoch ymuno â'r Cynllun Cyswllt â Dioddefwyr.`,
      "Ni fu unrhyw newid yn ystod y flwyddyn y gofynnoch am gael gwybod amdano ar unwaith. Os bydd unrhyw beth pwysig yn digwydd cyn eich llythyr blynyddol nesaf, a'ch bod wedi gofyn am gael clywed amdano, byddaf yn ysgrifennu atoch.",
      "Os yw eich cyfeiriad, eich rhif ffôn neu eich dewisiadau wedi newid, neu os hoffech glywed am bob cam allweddol erbyn hyn, rhowch wybod i mi.",
      QUESTIONS,
    ],
  },
} satisfies Record<string, LetterTemplate>;
