import { LetterTemplate } from '../letter-template';
import { conditionList, LET_YOU_KNOW, NOT_WHERE_HELD, PERSON, PLACE, QUESTIONS, SAFETY } from './shared-paragraphs.cy';

/** Dedfrydau o garchar: symud rhwng amodau, rhyddhau dros dro, cyrffyw, rhyddhau, y drwydded a'i hamodau, galw'n ôl. */
const CATEGORY_WORDS = {
  'category-a': 'categori A, y diogelwch uchaf',
  'category-b': 'categori B, diogelwch uchel',
  'category-c': 'categori C, carchar caeedig â llai o ddiogelwch',
  'category-d': 'categori D, amodau agored, y diogelwch isaf',
  'restricted-status': 'statws cyfyngedig, y diogelwch uchaf',
  closed: 'amodau caeedig',
  open: 'amodau agored, y diogelwch isaf',
} as const;

const DIRECTION_WORDS = {
  'transfer-direction':
    "wedi cael ei symud o'r carchar i ysbyty i gael triniaeth o dan y Ddeddf Iechyd Meddwl (cyfarwyddyd trosglwyddo)",
  'hospital-and-limitation-direction':
    'wedi cael ei anfon gan y llys i ysbyty i gael triniaeth o dan y Ddeddf Iechyd Meddwl, yn ogystal â chael dedfryd o garchar (cyfarwyddyd ysbyty a chyfarwyddyd cyfyngu)',
} as const;

export const CUSTODY_TEMPLATES_CY = {
  'prison-transfer': {
    subject: 'Symud i garchar arall',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi wedi symud i garchar arall ar ${date(need('prison-transfer').date)}. Mae symud rhwng carchardai yn digwydd am lawer o resymau ac nid yw'n newid y ddedfryd.`,
      NOT_WHERE_HELD,
      QUESTIONS,
    ],
  },
  recategorisation: {
    subject: 'Newid i gategori diogelwch y troseddwr',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('recategorisation');
      return [
        `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi wedi cael categori diogelwch newydd ar ${date(on)}: ${CATEGORY_WORDS[detail.category]}.`,
        "Mae'r categori yn penderfynu lefel y diogelwch y caiff y troseddwr ei gadw ynddi. Nid yw'n newid y dyddiad rhyddhau.",
        NOT_WHERE_HELD,
        QUESTIONS,
      ];
    },
  },
  'hospital-direction': {
    subject: "Mae'r troseddwr mewn ysbyty",
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('hospital-direction');
      return [
        `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi, ar ${date(on)}, ${DIRECTION_WORDS[detail.basis]}.`,
        detail.restricted
          ? "Rhaid i'r Ysgrifennydd Gwladol dros Gyfiawnder gytuno cyn i'r troseddwr gael absenoldeb o'r ysbyty, symud i ysbyty arall neu gael ei ryddhau. Mae'r ddedfryd o garchar yn dal i fod yn berthnasol."
          : "Mae'r ddedfryd o garchar yn dal i fod yn berthnasol.",
        "Byddaf yn parhau i roi gwybod i chi am y camau y gofynnoch chi amdanynt, gan gynnwys unrhyw amodau sy'n ymwneud â chi os bydd y troseddwr yn gadael yr ysbyty. Nid wyf yn gallu dweud wrthych pa ysbyty.",
        QUESTIONS,
      ];
    },
  },
  'remitted-to-prison': {
    subject: "Mae'r troseddwr yn ôl yn y carchar",
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi wedi cael ei ddychwelyd o'r ysbyty i'r carchar ar ${date(need('remitted-to-prison').date)} i barhau â'r ddedfryd.`,
      NOT_WHERE_HELD,
      QUESTIONS,
    ],
  },
  'open-conditions-eligibility': {
    subject: 'Cymhwysedd ar gyfer amodau agored',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} y gellir ystyried symud y troseddwr yn eich achos chi i amodau agored o ${date(need('open-conditions-eligibility').detail.eligibleFrom)} ymlaen. Carchardai â diogelwch is yw amodau agored, lle mae carcharorion yn paratoi i gael eu rhyddhau.`,
      "Nid yw hyn yn golygu y bydd y troseddwr yn symud bryd hynny: dyma'r dyddiad cynharaf y gellir ystyried symud. Byddaf yn rhoi gwybod i chi os bydd y troseddwr yn symud.",
      QUESTIONS,
    ],
  },
  'open-conditions-eligibility-upcoming': {
    subject: 'Amodau agored: cymhwysedd yn dod',
    paragraphs: ({ date, need }) => [
      `Gellir ystyried symud y troseddwr yn eich achos chi i amodau agored o ${date(need('open-conditions-eligibility').detail.eligibleFrom)} ymlaen.`,
      'Os oes gennych bryderon am symud, neu os hoffech siarad am eich diogelwch, cysylltwch â mi nawr fel y gellir ystyried eich barn.',
      SAFETY,
      QUESTIONS,
    ],
  },
  'transfer-to-open-conditions': {
    subject: 'Symud i amodau agored',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi wedi symud i amodau agored ar ${date(need('transfer-to-open-conditions').date)}. Carchardai â diogelwch is yw amodau agored, lle mae carcharorion yn paratoi i gael eu rhyddhau ac efallai y cânt fynd allan am gyfnodau byr.`,
      NOT_WHERE_HELD,
      SAFETY,
      QUESTIONS,
    ],
  },
  'return-to-closed-conditions': {
    subject: 'Dychwelyd i amodau caeedig',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi wedi cael ei ddychwelyd o amodau agored i amodau caeedig, sydd â diogelwch uwch, ar ${date(need('return-to-closed-conditions').date)}.`,
      NOT_WHERE_HELD,
      QUESTIONS,
    ],
  },
  'release-on-temporary-licence': {
    subject: 'Rhyddhau dros dro ar drwydded',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('release-on-temporary-licence');
      return [
        `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi wedi cael caniatâd i adael y carchar dros dro ar drwydded o ${date(on)} ymlaen` +
          (detail.returnDate ? `, a bod disgwyl iddo ddychwelyd erbyn ${date(detail.returnDate)}.` : '.') +
          ' Defnyddir rhyddhau dros dro i helpu carcharorion i baratoi ar gyfer bywyd ar ôl eu rhyddhau, ac mae amodau ynghlwm wrtho.',
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'home-detention-curfew': {
    subject: 'Rhyddhau ar gyrffyw cadw gartref',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi wedi cael ei ryddhau ar gyrffyw cadw gartref ar ${date(need('home-detention-curfew').date)}. Mae hyn yn golygu bod rhaid i'r troseddwr aros mewn cyfeiriad a gymeradwywyd yn ystod oriau penodol a'i fod yn gwisgo tag electronig.`,
      "Mae'r troseddwr ar drwydded a gellir ei alw'n ôl i'r carchar os bydd yn torri'r amodau.",
      SAFETY,
      QUESTIONS,
    ],
  },
  'release-on-licence': {
    subject: "Rhyddhau o'r carchar",
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod y troseddwr yn eich achos chi wedi cael ei ryddhau o'r carchar ar drwydded ar ${date(need('release-on-licence').date)}.`,
      "Mae bod ar drwydded yn golygu bod y troseddwr yn cael ei oruchwylio gan y Gwasanaeth Prawf a bod rhaid iddo gadw at amodau'r drwydded. Gellir galw'r troseddwr yn ôl i'r carchar os bydd yn eu torri. Byddaf yn ysgrifennu atoch am yr amodau sy'n ymwneud â chi.",
      SAFETY,
      QUESTIONS,
    ],
  },
  'licence-conditions-set': {
    subject: 'Amodau trwydded',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('licence-conditions-set');
      return [
        `Rwy'n ysgrifennu i roi gwybod i chi am yr amodau trwydded sy'n ymwneud â chi. O ${date(on)} ymlaen, rhaid i'r troseddwr gadw at yr amodau hyn: ${conditionList(detail.conditions)}.`,
        `Mae'r amodau hyn yn para tan ${date(detail.conditionsEndDate)}. Ar ôl y dyddiad hwnnw ni fyddant yn berthnasol mwyach. Byddaf yn ysgrifennu atoch cyn iddynt ddod i ben.`,
        "Os bydd y troseddwr yn torri unrhyw un o'r amodau hyn, dywedwch wrth yr heddlu a rhowch wybod i mi. Gall torri amod arwain at alw'r troseddwr yn ôl i'r carchar.",
        SAFETY,
      ];
    },
  },
  'licence-conditions-end-upcoming': {
    subject: 'Mae eich amodau trwydded yn dod i ben',
    paragraphs: ({ date, need }) => [
      `Rwy'n ysgrifennu i'ch atgoffa bod yr amodau trwydded sy'n ymwneud â chi yn dod i ben ar ${date(need('licence-conditions-set').detail.conditionsEndDate)}. Ar ôl y dyddiad hwnnw nid oes rhaid i'r troseddwr gadw atynt mwyach.`,
      "Os ydych chi'n poeni am yr hyn y mae hyn yn ei olygu i chi, cysylltwch â mi cyn y dyddiad hwnnw er mwyn i ni allu siarad amdano.",
      SAFETY,
    ],
  },
  'licence-conditions-end': {
    subject: 'Mae eich amodau trwydded wedi dod i ben',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod yr amodau trwydded sy'n ymwneud â chi wedi dod i ben ar ${date(need('licence-conditions-set').detail.conditionsEndDate)}.`,
      SAFETY,
      QUESTIONS,
    ],
  },
  recall: {
    subject: "Galw'n ôl",
    paragraphs: ({ date, need, place, person }) => [
      `${LET_YOU_KNOW} fod ${PERSON[person]} yn eich achos chi wedi cael ei alw'n ôl i'r ${PLACE[place]} ar ${date(need('recall').date)}.`,
      place === 'hospital'
        ? 'Mae hyn yn golygu bod y claf yn ôl yn yr ysbyty. Byddaf yn rhoi gwybod i chi am unrhyw benderfyniadau eraill y gofynnoch am gael clywed amdanynt.'
        : need('recall').detail.recallType === 'fixed-term'
          ? `Mae hyn yn golygu bod y troseddwr yn ôl yn y ddalfa am gyfnod penodol a bydd yn cael ei ryddhau eto'n awtomatig${need('recall').detail.reReleaseDate ? ` ar ${date(need('recall').detail.reReleaseDate as string)}` : ' ar ddiwedd y cyfnod hwnnw'}. Byddaf yn dweud wrthych am unrhyw amodau trwydded sy'n ymwneud â chi cyn hynny.`
          : "Mae hyn yn golygu bod y troseddwr yn ôl yn y ddalfa. Efallai y bydd y Bwrdd Parôl yn adolygu'r penderfyniad i'w alw'n ôl, a byddaf yn ysgrifennu atoch os bydd adolygiad y gallwch gymryd rhan ynddo.",
      NOT_WHERE_HELD,
      QUESTIONS,
    ],
  },
  'licence-end': {
    subject: 'Diwedd y drwydded',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod trwydded y troseddwr wedi dod i ben ar ${date(need('licence-end').date)}. Nid yw'r Gwasanaeth Prawf yn goruchwylio'r troseddwr mwyach ac nid yw unrhyw amodau trwydded yn berthnasol mwyach.`,
      SAFETY,
      QUESTIONS,
    ],
  },
  'sentence-end': {
    subject: 'Diwedd y ddedfryd',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod dedfryd y troseddwr wedi dod i ben ar ${date(need('sentence-end').date)}. Dyma'r llythyr olaf y byddwch yn ei gael gan y Cynllun Cyswllt â Dioddefwyr am y ddedfryd hon.`,
      SAFETY,
      "Diolch am gymryd rhan yn y cynllun. Os oes gennych unrhyw gwestiynau, cysylltwch â mi gan ddefnyddio'r manylion isod.",
    ],
  },
  'release-date-changed': {
    subject: "Newid i'r dyddiad rhyddhau disgwyliedig",
    paragraphs: ({ month, need }) => {
      const { detail } = need('release-date-changed');
      return [
        `${LET_YOU_KNOW} fod y mis y disgwylir i'r troseddwr gael ei ryddhau wedi newid. Disgwylir i'r troseddwr gael ei ryddhau ym mis ${month(detail.expectedReleaseDate)} erbyn hyn.`,
        detail.reason === 'change-in-law'
          ? "Mae hyn oherwydd bod y gyfraith ynghylch pryd y caiff carcharorion eu rhyddhau wedi newid, ac mae'n berthnasol i'r ddedfryd hon. Nid yw'n benderfyniad am y troseddwr nac amdanoch chi. Byddaf yn ysgrifennu atoch eto cyn y rhyddhau, a gallwch barhau i ofyn am amodau trwydded sy'n ymwneud â chi."
          : "Gall hyn ddigwydd, er enghraifft, pan fydd diwrnodau ychwanegol yn cael eu hychwanegu at ddedfryd am dorri rheolau'r carchar. Byddaf yn ysgrifennu atoch eto cyn y rhyddhau.",
        QUESTIONS,
      ];
    },
  },
  'release-month': {
    subject: 'Mis rhyddhau disgwyliedig',
    paragraphs: ({ month, need }) => [
      `${LET_YOU_KNOW} y disgwylir i'r troseddwr yn eich achos chi gael ei ryddhau ym mis ${month(need('release-date-changed').detail.expectedReleaseDate)}.`,
      "Byddaf yn ysgrifennu atoch am yr amodau trwydded sy'n ymwneud â chi. Os hoffech ofyn am amodau, er enghraifft na chaiff y troseddwr gysylltu â chi, cysylltwch â mi cyn gynted â phosibl.",
      SAFETY,
    ],
  },
} satisfies Record<string, LetterTemplate>;
