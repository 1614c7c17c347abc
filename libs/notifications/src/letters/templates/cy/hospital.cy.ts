import { LetterTemplate } from '../letter-template';
import { conditionList, LET_YOU_KNOW, NOT_WHERE_HELD, PERSON, QUESTIONS, SAFETY } from './shared-paragraphs.cy';

const LEAVE_WORDS = {
  escorted: "absenoldeb dan hebrwng, sy'n golygu bod staff yr ysbyty gyda'r claf",
  unescorted: "absenoldeb heb hebrwng, sy'n golygu y caiff y claf adael tir yr ysbyty heb staff am gyfnodau penodol",
  overnight: "absenoldeb dros nos, sy'n golygu y caiff y claf dreulio nosweithiau i ffwrdd o'r ysbyty",
} as const;

const SECURITY_WORDS = {
  lower: 'ysbyty â lefel is o ddiogelwch',
  same: "ysbyty â'r un lefel o ddiogelwch",
  higher: 'ysbyty â lefel uwch o ddiogelwch',
} as const;

/** Gorchmynion ysbyty: absenoldeb, symud (byth i ble), gwrandawiadau a phenderfyniadau'r tribiwnlys, rhyddhau. */
export const HOSPITAL_TEMPLATES_CY = {
  'hospital-leave': {
    subject: "Absenoldeb o'r ysbyty",
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('hospital-leave');
      return [
        `${LET_YOU_KNOW} fod y claf yn eich achos chi wedi cael caniatâd i gael ${LEAVE_WORDS[detail.leaveType]}, o ${date(on)} ymlaen.`,
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'hospital-transfer': {
    subject: 'Symud i ysbyty arall',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('hospital-transfer');
      return [
        `${LET_YOU_KNOW} fod y claf yn eich achos chi wedi symud i ${SECURITY_WORDS[detail.security]} ar ${date(on)}.`,
        NOT_WHERE_HELD,
        QUESTIONS,
      ];
    },
  },
  'tribunal-hearing-listed': {
    subject: 'Gwrandawiad y Tribiwnlys Iechyd Meddwl',
    paragraphs: ({ date, need }) => [
      `Bydd y Tribiwnlys Iechyd Meddwl yn gwrando ar achos y claf ar ${date(need('tribunal-hearing-listed').detail.hearingDate)}. Gall y Tribiwnlys benderfynu a ddylai'r claf gael ei ryddhau o'r ysbyty.`,
      "Gallwch wneud sylwadau ysgrifenedig am yr amodau a ddylai fod yn berthnasol os caiff y claf ei ryddhau, er enghraifft na chaiff y claf gysylltu â chi, neu fod rhaid iddo gadw draw o ardal lle rydych chi'n byw neu'n gweithio. Gallaf eich helpu i'w hysgrifennu a byddaf yn eu hanfon at y Tribiwnlys.",
      'Gallaf hefyd ofyn am grynodeb o benderfyniad y Tribiwnlys ar eich rhan. Mae rhywfaint o wybodaeth feddygol yn gyfrinachol ac ni ellir ei rhannu.',
      'Cysylltwch â mi cyn gynted ag y gallwch os hoffech wneud sylwadau, fel eu bod yn cyrraedd y Tribiwnlys cyn y gwrandawiad.',
    ],
  },
  'tribunal-hearing-upcoming': {
    subject: 'Gwrandawiad y Tribiwnlys Iechyd Meddwl ar y gweill',
    paragraphs: ({ date, need }) => [
      `Dyma nodyn i'ch atgoffa y bydd y Tribiwnlys Iechyd Meddwl yn gwrando ar achos y claf ar ${date(need('tribunal-hearing-listed').detail.hearingDate)}.`,
      'Os hoffech wneud sylwadau ysgrifenedig am amodau rhyddhau o hyd, cysylltwch â mi ar unwaith.',
      QUESTIONS,
    ],
  },
  'tribunal-decision': {
    subject: 'Penderfyniad y Tribiwnlys Iechyd Meddwl',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('tribunal-decision');
      const what = {
        'not-discharged': "wedi penderfynu y dylai'r claf aros yn yr ysbyty.",
        'conditional-discharge':
          "wedi penderfynu y caiff y claf ei ryddhau o'r ysbyty gydag amodau. Byddaf yn ysgrifennu atoch am yr amodau sy'n ymwneud â chi.",
        'deferred-conditional-discharge':
          "wedi penderfynu y caiff y claf ei ryddhau gydag amodau pan fydd trefniadau yn eu lle. Mae'r claf yn aros yn yr ysbyty tan hynny, a byddaf yn rhoi gwybod i chi pan fydd y rhyddhau'n digwydd.",
        'absolute-discharge':
          "wedi penderfynu y dylai'r claf gael ei ryddhau o'r ysbyty heb amodau. Nid yw'r gorchymyn ysbyty yn berthnasol mwyach.",
      }[detail.outcome];
      return [
        `${LET_YOU_KNOW} fod y Tribiwnlys Iechyd Meddwl, ar ${date(on)}, ${what}`,
        "Gallaf ofyn am grynodeb o'r penderfyniad ar eich rhan; rhowch wybod i mi.",
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'conditional-discharge': {
    subject: "Rhyddhau o'r ysbyty gydag amodau",
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('conditional-discharge');
      return [
        `${LET_YOU_KNOW} fod y claf yn eich achos chi wedi cael ei ryddhau o'r ysbyty gydag amodau ar ${date(on)}.`,
        `Yr amodau sy'n ymwneud â chi yw: ${conditionList(detail.conditions)}. Gellir galw'r claf yn ôl i'r ysbyty os bydd angen.`,
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'absolute-discharge': {
    subject: "Rhyddhau diamod o'r ysbyty",
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} fod y claf yn eich achos chi wedi cael ei ryddhau o'r ysbyty heb amodau ar ${date(need('absolute-discharge').date)}. Mae'r gorchymyn ysbyty wedi dod i ben, felly dyma'r llythyr olaf y byddwch yn ei gael gan y Cynllun Cyswllt â Dioddefwyr amdano.`,
      SAFETY,
      QUESTIONS,
    ],
  },
  'discharge-conditions-varied': {
    subject: 'Newid i amodau rhyddhau',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('discharge-conditions-varied');
      return [
        `${LET_YOU_KNOW} fod yr amodau y mae'n rhaid i'r claf yn eich achos chi gadw atynt yn y gymuned wedi newid ar ${date(on)}.`,
        `Yr amodau sy'n ymwneud â chi yn awr yw: ${conditionList(detail.conditions)}. Gellir galw'r claf yn ôl i'r ysbyty o hyd os bydd angen.`,
        SAFETY,
        QUESTIONS,
      ];
    },
  },
  'restrictions-lifted': {
    subject: "Cyfyngiadau wedi'u codi",
    paragraphs: ({ date, need, person }) => [
      `${LET_YOU_KNOW} fod y cyfyngiadau arbennig ar ${PERSON[person]} yn eich achos chi wedi dod i ben o ${date(need('restrictions-lifted').date)}. Mae hyn yn golygu nad oes rhaid i'r Ysgrifennydd Gwladol dros Gyfiawnder gytuno mwyach i absenoldeb, symud na rhyddhau: yr ysbyty sy'n penderfynu.`,
      "Mae'n aros yn yr ysbyty am y tro. Ar ôl hyn, mae'r gyfraith yn rhoi llai o hawliau i chi gael gwybodaeth, ond byddaf yn dweud wrthych yr hyn a allaf, a gallwch gysylltu â mi ar unrhyw adeg.",
      SAFETY,
      QUESTIONS,
    ],
  },
} satisfies Record<string, LetterTemplate>;
