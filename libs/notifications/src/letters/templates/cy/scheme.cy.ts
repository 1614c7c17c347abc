import { requestAnswerParagraphs, requestAnswerSubject } from '../../../rendering/request-answer-words';
import { LetterTemplate, TemplateContext } from '../letter-template';
import { yearInReview } from '../year-in-review';
import { CUSTODY_TEMPLATES_CY } from './custody.cy';
import { HOSPITAL_TEMPLATES_CY } from './hospital.cy';
import { PAROLE_TEMPLATES_CY } from './parole.cy';
import { SENTENCE_TEMPLATES_CY } from './sentence.cy';
import { PERSON, QUESTIONS } from './shared-paragraphs.cy';

const STAGE_SUBJECTS: Readonly<Record<string, { readonly subject: string }>> = {
  ...PAROLE_TEMPLATES_CY,
  ...CUSTODY_TEMPLATES_CY,
  ...HOSPITAL_TEMPLATES_CY,
  ...SENTENCE_TEMPLATES_CY,
};

/** Ffeithiau'r flwyddyn (mater 17): beth a gofnodwyd, lle mae'r troseddwr yn y ddedfryd, a'r dyddiadau sydd i ddod. */
function yearParagraphs({ facts, date, month, person }: TemplateContext): string[] {
  const year = yearInReview(facts);
  const since = facts.yearFrom ? ` ers ${date(facts.yearFrom)}` : '';
  const happened = year.changes.length
    ? `Dyma beth sydd wedi digwydd${since}:\n${year.changes.map((c) => `- ${date(c.date)}: ${STAGE_SUBJECTS[c.kind]?.subject ?? c.kind.replace(/-/g, ' ')}`).join('\n')}`
    : `Nid oes cam newydd yn y ddedfryd wedi'i gofnodi${since}.`;
  const ahead = [
    year.inOpenConditions ? `Mae ${PERSON[person]} mewn amodau agored (carchar â diogelwch is).` : undefined,
    year.expectedRelease ? `Disgwylir i'r troseddwr gael ei ryddhau ym mis ${month(year.expectedRelease)}.` : undefined,
    year.paroleEligibility
      ? `Gellir ystyried ${PERSON[person]} ar gyfer parôl o ${date(year.paroleEligibility)} ymlaen.`
      : undefined,
    year.hearing ? `Bydd y Bwrdd Parôl yn ystyried yr achos ar ${date(year.hearing)}.` : undefined,
    year.nextReview ? `Disgwylir yr adolygiad parôl nesaf erbyn ${date(year.nextReview)}.` : undefined,
  ].filter((line): line is string => line !== undefined);
  return [happened, ...(ahead.length ? [ahead.join(' ')] : [])];
}

/** Y llythyrau am y cynllun ei hun: y cynnig cyntaf, a'r llythyr blynyddol. */
export const SCHEME_TEMPLATES_CY = {
  'initial-contact': {
    subject: 'Y Cynllun Cyswllt â Dioddefwyr',
    subjectOf: (facts) => (facts.scheme === 'vns' ? 'Y Cynllun Hysbysu Dioddefwyr' : 'Y Cynllun Cyswllt â Dioddefwyr'),
    paragraphs: ({ person, facts }) =>
      facts.scheme === 'vns'
        ? [
            `Rwy'n ysgrifennu o'r Gwasanaeth Prawf oherwydd bod y llys wedi rhoi dedfryd fer o garchar i ${PERSON[person]} yn eich achos chi, a gallwch ddewis ymuno â'r Cynllun Hysbysu Dioddefwyr.`,
            "Os byddwch yn ymuno, byddwn yn dweud wrthych pryd mae disgwyl i'r troseddwr gael ei ryddhau ac am unrhyw amodau trwydded sy'n ymwneud â chi, er enghraifft na chaiff y troseddwr gysylltu â chi neu fod rhaid iddo gadw draw o ardal. Gallwn hefyd ddweud wrthych pryd mae'r amodau hynny'n dod i ben.",
            'Gan fod y ddedfryd yn fyr, efallai na fydd y rhyddhau ymhell i ffwrdd. Os hoffech ymuno, cysylltwch â ni cyn gynted ag y gallwch a dywedwch sut yr hoffech glywed gennym: drwy lythyr, e-bost, neges destun neu ffôn.',
            'Eich dewis chi yw hyn: gallwch ymuno nawr, yn nes ymlaen, neu ddim o gwbl, a gallwch adael y cynllun ar unrhyw adeg.',
            QUESTIONS,
          ]
        : [
            `Fi yw eich Swyddog Cyswllt Dioddefwyr o'r Gwasanaeth Prawf. Rwy'n ysgrifennu atoch oherwydd bod y llys wedi dedfrydu ${PERSON[person]} yn eich achos chi, a gallwch ddewis ymuno â'r Cynllun Cyswllt â Dioddefwyr.`,
            "Os byddwch yn ymuno, byddaf yn dweud wrthych am gamau pwysig y ddedfryd, fel pryd mae rhyddhau'n cael ei ystyried a phryd mae'n digwydd. Gallwch ddewis clywed am bob cam allweddol, dim ond am y mis rhyddhau, neu gael un llythyr y flwyddyn.",
            "Efallai y byddwch hefyd yn gallu rhoi eich barn ar amodau sy'n ymwneud â chi, er enghraifft na chaiff y troseddwr gysylltu â chi, a gwneud Datganiad Personol Dioddefwr os bydd y Bwrdd Parôl yn adolygu'r achos.",
            "Hoffwn gynnig ymweliad i chi, neu gallwn siarad dros y ffôn, i egluro'r cynllun ac ateb eich cwestiynau. Eich dewis chi yw hyn: gallwch ymuno nawr, yn nes ymlaen, neu ddim o gwbl, a gallwch adael y cynllun ar unrhyw adeg.",
            "Cysylltwch â mi gan ddefnyddio'r manylion isod i roi gwybod i mi beth hoffech chi ei wneud.",
          ],
  },
  'annual-contact': {
    subject: 'Eich diweddariad blynyddol gan y Cynllun Cyswllt â Dioddefwyr',
    paragraphs: (context) => [
      `Rwy'n ysgrifennu gyda'ch diweddariad blynyddol am ${PERSON[context.person]} yn eich achos chi, fel y gofynnoch pan wnaethoch ymuno â'r Cynllun Cyswllt â Dioddefwyr.`,
      ...yearParagraphs(context),
      "Beth bynnag sy'n digwydd, byddaf yn ysgrifennu atoch ar unwaith os bydd y troseddwr yn cael ei ryddhau, ei alw'n ôl, neu'n mynd allan o'r ddalfa, ac am unrhyw amodau trwydded sy'n ymwneud â chi.",
      'Os yw eich cyfeiriad, eich rhif ffôn neu eich dewisiadau wedi newid, neu os hoffech glywed am bob cam allweddol erbyn hyn, rhowch wybod i mi.',
      QUESTIONS,
    ],
  },
  // The answer to the victim's own request (issue 17): what they asked for, the answer and why; nothing about places.
  'request-answered': {
    subject: requestAnswerSubject('cy'),
    paragraphs: ({ needRequest }) => [
      "Rwy'n ysgrifennu gyda'r ateb i gais a wnaethoch drwy'r Cynllun Cyswllt â Dioddefwyr.",
      ...requestAnswerParagraphs(needRequest(), 'cy'),
      QUESTIONS,
    ],
  },
} satisfies Record<string, LetterTemplate>;
