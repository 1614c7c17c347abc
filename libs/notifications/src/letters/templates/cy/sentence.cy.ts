import { LetterTemplate } from '../letter-template';
import { LET_YOU_KNOW, NOT_WHERE_HELD, PERSON, QUESTIONS, SAFETY } from './shared-paragraphs.cy';

const OUT_OF_CUSTODY_WORDS = {
  escaped: "wedi dianc o'r ddalfa",
  absconded: 'wedi gadael heb ganiatâd',
  'unlawfully-at-large': 'yn rhydd yn anghyfreithlon: nid yw yn y ddalfa pan ddylai fod',
  'absent-without-leave': "yn absennol heb ganiatâd o'r ysbyty",
} as const;

const IF_IN_DANGER =
  "Os ydych yn teimlo eich bod mewn perygl, neu os byddwch yn gweld y troseddwr, ffoniwch 999 ar unwaith. Mae'r heddlu'n gwybod bod y troseddwr allan o'r ddalfa ac maen nhw'n chwilio amdano. Byddaf yn eich ffonio cyn gynted ag y gallaf i siarad am eich diogelwch.";

const APPEAL_OUTCOME_WORDS = {
  dismissed: "wedi gwrthod yr apêl, felly mae'r euogfarn a'r ddedfryd yn aros fel yr oeddent",
  'sentence-reduced':
    "wedi lleihau'r ddedfryd. Byddaf yn ysgrifennu atoch am yr hyn y mae hyn yn ei olygu i'r dyddiadau a roddwyd i chi",
  'sentence-increased':
    "wedi cynyddu'r ddedfryd. Byddaf yn ysgrifennu atoch am yr hyn y mae hyn yn ei olygu i'r dyddiadau a roddwyd i chi",
  'conviction-quashed':
    "wedi diddymu'r euogfarn. Mae hyn yn golygu nad yw'r ddedfryd yn berthnasol mwyach a bod y Cynllun Cyswllt â Dioddefwyr ar gyfer yr achos hwn yn dod i ben",
  'retrial-ordered': 'wedi gorchymyn aildreial. Bydd yr Uned Gofal Tystion yn cysylltu â chi am y treial newydd',
} as const;

const AGAINST_WORDS = { conviction: 'yn erbyn yr euogfarn', sentence: 'yn erbyn y ddedfryd' } as const;

const REMOVAL_ROUTE_WORDS = {
  'early-removal-scheme':
    "o dan y cynllun symud yn gynnar, sy'n caniatáu i'r Swyddfa Gartref symud carcharor sy'n wladolyn tramor o'r carchar ac o'r Deyrnas Unedig cyn ei ddyddiad rhyddhau",
  'tariff-expired-removal-scheme':
    "o dan y cynllun symud ar ôl i'r tariff ddod i ben, sy'n caniatáu i'r Swyddfa Gartref symud carcharor sy'n wladolyn tramor ac sy'n bwrw dedfryd amhenodol o'r Deyrnas Unedig ar ôl iddo fwrw ei dymor sylfaenol",
  'deportation-order': 'o dan orchymyn allgludo, ar ddiwedd ei amser yn y ddalfa',
} as const;

/** Camau unrhyw ddedfryd: apeliadau, marwolaeth y troseddwr, allgludo. */
export const SENTENCE_TEMPLATES_CY = {
  'escape-or-abscond': {
    subject: "Brys: mae'r troseddwr allan o'r ddalfa",
    paragraphs: ({ date, need, person }) => {
      const { date: on, detail } = need('escape-or-abscond');
      return [
        `Rwy'n ysgrifennu i gadarnhau'r hyn a ddywedwyd wrthych ar unwaith: ar ${date(on)} roedd ${PERSON[person]} yn eich achos chi ${OUT_OF_CUSTODY_WORDS[detail.circumstance]}.`,
        IF_IN_DANGER,
        NOT_WHERE_HELD,
        QUESTIONS,
      ];
    },
  },
  'return-to-custody': {
    subject: "Mae'r troseddwr yn ôl yn y ddalfa",
    paragraphs: ({ date, need, person, place }) => [
      `${LET_YOU_KNOW} fod ${PERSON[person]} yn eich achos chi wedi cael ei ddychwelyd i'r ${place === 'hospital' ? 'ysbyty' : 'ddalfa'} ar ${date(need('return-to-custody').date)}.`,
      NOT_WHERE_HELD,
      SAFETY,
      QUESTIONS,
    ],
  },
  appeal: {
    subject: 'Apêl',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('appeal');
      const against = detail.against ? ` ${AGAINST_WORDS[detail.against]}` : '';
      const what =
        detail.stage === 'lodged' || !detail.outcome
          ? `${LET_YOU_KNOW} fod y troseddwr wedi cyflwyno apêl${against} ar ${date(on)}. Byddaf yn rhoi gwybod i chi beth fydd y canlyniad.`
          : `${LET_YOU_KNOW} fod y Llys Apêl, ar ${date(on)}, ${APPEAL_OUTCOME_WORDS[detail.outcome]}.`;
      return [what, QUESTIONS];
    },
  },
  death: {
    subject: 'Newyddion pwysig am eich achos',
    paragraphs: ({ date, need, person }) => {
      const { date: on, detail } = need('death');
      return [
        `Mae'n ddrwg gennyf ysgrifennu atoch gyda'r newyddion hyn. Bu farw ${PERSON[person]} yn eich achos chi ar ${date(on)}${detail.inCustody ? ', tra oedd yn y ddalfa' : ''}.`,
        detail.inCustody
          ? "Mae pob marwolaeth yn y ddalfa yn cael ei hymchwilio'n annibynnol gan yr Ombwdsmon Carchardai a Phrawf, a bydd cwest. Gallaf ddweud mwy wrthych am hyn os hoffech."
          : "Rwy'n deall y gallai'r newyddion hyn godi teimladau anodd. Mae cymorth ar gael, a gallaf eich rhoi mewn cysylltiad â Chymorth i Ddioddefwyr neu wasanaeth arall os byddai hynny'n help.",
        "Mae hyn yn golygu y bydd y Cynllun Cyswllt â Dioddefwyr ar gyfer yr achos hwn yn dod i ben. Os hoffech siarad am hyn, cysylltwch â mi gan ddefnyddio'r manylion isod.",
      ];
    },
  },
  'suspended-sentence-activated': {
    subject: "Mae'r troseddwr wedi cael ei anfon i'r ddalfa",
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('suspended-sentence-activated');
      return [
        `${LET_YOU_KNOW} fod y llys, ar ${date(on)}, wedi gweithredu dedfryd ohiriedig y troseddwr${detail.activation === 'part' ? ' yn rhannol' : ''}, oherwydd iddo dorri ei hamodau neu gyflawni trosedd arall. Mae'r troseddwr wedi mynd i'r ddalfa.`,
        "Byddaf yn rhoi gwybod i chi am y camau allweddol o hyn ymlaen, gan gynnwys pryd y disgwylir i'r troseddwr gael ei ryddhau ac unrhyw amodau trwydded sy'n ymwneud â chi. Os hoffech ofyn am amodau, er enghraifft na chaiff y troseddwr gysylltu â chi, cysylltwch â mi.",
        NOT_WHERE_HELD,
        QUESTIONS,
      ];
    },
  },
  'removal-planned': {
    subject: "Efallai y bydd y troseddwr yn cael ei symud o'r Deyrnas Unedig",
    paragraphs: ({ date, need, person }) => {
      const { detail } = need('removal-planned');
      return [
        `${LET_YOU_KNOW} fod disgwyl i ${PERSON[person]} yn eich achos chi gael ei symud o'r Deyrnas Unedig ${REMOVAL_ROUTE_WORDS[detail.route]}.`,
        detail.expectedOn
          ? `Mae'r symud wedi'i gynllunio ar gyfer ${date(detail.expectedOn)}. Gall cynlluniau fel hyn newid; byddaf yn rhoi gwybod i chi pan fydd y symud wedi digwydd.`
          : 'Nid oes dyddiad ar gyfer y symud eto. Byddaf yn rhoi gwybod i chi pan fydd wedi digwydd.',
        "Os bydd y troseddwr yn dod yn ôl i'r Deyrnas Unedig cyn i'w ddedfryd ddod i ben, gellir ei ddychwelyd i'r ddalfa. Byddaf yn rhoi gwybod i chi os bydd hynny'n digwydd.",
        QUESTIONS,
      ];
    },
  },
  'transfer-abroad': {
    subject: "Mae'r troseddwr wedi cael ei drosglwyddo dramor",
    paragraphs: ({ date, need, person }) => [
      `${LET_YOU_KNOW} fod ${PERSON[person]} yn eich achos chi, ar ${date(need('transfer-abroad').date)}, wedi cael ei drosglwyddo i wlad arall i fwrw gweddill ei ddedfryd yno, o dan gytundeb rhwng y Deyrnas Unedig a'r wlad honno.`,
      "Ni allaf ddweud wrthych pa wlad. O hyn ymlaen y wlad arall sy'n penderfynu pryd y caiff y troseddwr ei ryddhau. Os bydd y troseddwr yn dod yn ôl i'r Deyrnas Unedig tra bo'r ddedfryd yn dal i fod yn berthnasol, byddaf yn rhoi gwybod i chi.",
      SAFETY,
      QUESTIONS,
    ],
  },
  'return-after-removal': {
    subject: "Pwysig: mae'r troseddwr yn ôl yn y Deyrnas Unedig ac yn y ddalfa",
    paragraphs: ({ date, need, person, place }) => [
      `${LET_YOU_KNOW} fod ${PERSON[person]} yn eich achos chi, a oedd wedi cael ei symud o'r Deyrnas Unedig, wedi dod yn ôl ac wedi cael ei ddychwelyd i'r ${place === 'hospital' ? 'ysbyty' : 'ddalfa'} ar ${date(need('return-after-removal').date)} i fwrw gweddill y ddedfryd.`,
      "Mae hyn yn golygu bod y Cynllun Cyswllt â Dioddefwyr yn berthnasol eto fel o'r blaen: byddaf yn rhoi gwybod i chi am gamau allweddol y ddedfryd, gan gynnwys unrhyw ryddhau a'r amodau trwydded sy'n ymwneud â chi.",
      NOT_WHERE_HELD,
      SAFETY,
      QUESTIONS,
    ],
  },
  deportation: {
    subject: 'Allgludo',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi wedi cael ei allgludo o'r Deyrnas Unedig ar ${date(need('deportation').date)}.`,
      SAFETY,
      QUESTIONS,
    ],
  },
} satisfies Record<string, LetterTemplate>;
