import { paroleHearingDate } from '../hearing-date';
import { LetterTemplate } from '../letter-template';
import { LET_YOU_KNOW, LICENCE_CONDITIONS_OFFER, QUESTIONS, VPS_EXPLAINED } from './shared-paragraphs.cy';

const DECISION_SUMMARY =
  "Mae gennych hawl i ofyn i'r Bwrdd Parôl am grynodeb o'i benderfyniad, sy'n egluro'r rhesymau. Gallaf ofyn amdano ar eich rhan; rhowch wybod i mi.";

const RECONSIDERATION =
  "Penderfyniad dros dro yw hwn. Gellir ei ailystyried os bydd y troseddwr neu'r Ysgrifennydd Gwladol yn gwneud cais cyn pen 21 diwrnod ar ôl i'r penderfyniad gael ei anfon atynt. Ni allwch wneud cais eich hun, ond gallwch ofyn i'r Ysgrifennydd Gwladol ystyried gwneud cais. Os ydych am wneud hyn, cysylltwch â mi cyn gynted â phosibl. Byddaf yn rhoi gwybod i chi pan fydd y penderfyniad yn derfynol.";

const NOT_RECONSIDERABLE = "Ni ellir ailystyried y penderfyniad hwn o dan Reolau'r Bwrdd Parôl.";

const MAY_BE_RECONSIDERED =
  "Gellir ailystyried rhai penderfyniadau parôl os gwneir cais cyn pen 21 diwrnod ar ôl i'r penderfyniad gael ei anfon at y partïon. Byddaf yn rhoi gwybod i chi os gwneir cais yn yr achos hwn, a phan fydd y penderfyniad yn derfynol.";

const HIGH_COURT =
  "Yn yr achosion mwyaf difrifol, gall yr Ysgrifennydd Gwladol hefyd ofyn i benderfyniad i ryddhau gael ei gyfeirio at yr Uchel Lys, a fydd yn penderfynu eto a ddylid rhyddhau'r troseddwr. Os bydd hynny'n digwydd byddaf yn rhoi gwybod i chi.";

function reconsiderationParagraphs(
  outcome: 'release' | 'no-release' | 'open-conditions-recommended',
  reconsiderable: boolean | undefined,
): string[] {
  if (outcome === 'open-conditions-recommended') return [];
  const first =
    reconsiderable === true ? RECONSIDERATION : reconsiderable === false ? NOT_RECONSIDERABLE : MAY_BE_RECONSIDERED;
  return outcome === 'release' ? [first, HIGH_COURT] : [first];
}

/** Parôl: cymhwysedd, gwrandawiadau a'r Datganiad Personol Dioddefwr, penderfyniadau a'r crynodeb, ailystyried. */
export const PAROLE_TEMPLATES_CY = {
  'parole-eligibility': {
    subject: 'Dyddiad cymhwysedd am barôl',
    paragraphs: ({ date, need }) => [
      `${LET_YOU_KNOW} y bydd y troseddwr yn eich achos chi yn gymwys i'r Bwrdd Parôl ystyried ei ryddhau o ${date(need('parole-eligibility').detail.paroleEligibilityDate)} ymlaen.`,
      "Nid yw hyn yn golygu y bydd y troseddwr yn cael ei ryddhau ar y dyddiad hwnnw. Dyma'r dyddiad cynharaf y gall y Bwrdd Parôl ystyried rhyddhau. Byddaf yn ysgrifennu atoch pan fydd adolygiad yn dechrau ac yn dweud wrthych sut y gallwch gymryd rhan.",
      QUESTIONS,
    ],
  },
  'parole-eligibility-upcoming': {
    subject: 'Adolygiad parôl ar y gweill',
    paragraphs: ({ date, need }) => [
      `Bydd y troseddwr yn eich achos chi yn gymwys i'r Bwrdd Parôl ystyried ei ryddhau o ${date(need('parole-eligibility').detail.paroleEligibilityDate)} ymlaen, a disgwylir i'r adolygiad ddechrau cyn bo hir.`,
      ...VPS_EXPLAINED,
      LICENCE_CONDITIONS_OFFER,
      QUESTIONS,
    ],
  },
  'parole-hearing-listed': {
    subject: 'Gwrandawiad y Bwrdd Parôl',
    paragraphs: ({ date, need }) => {
      const { hearingDate, hearingType } = need('parole-hearing-listed').detail;
      return [
        `Mae'r Bwrdd Parôl wedi trefnu ${hearingType === 'oral' ? 'gwrandawiad llafar' : 'adolygiad ar bapur'} o achos y troseddwr ar gyfer ${date(hearingDate)}.`,
        ...VPS_EXPLAINED,
        LICENCE_CONDITIONS_OFFER,
        "Cysylltwch â mi cyn gynted ag y gallwch os hoffech wneud datganiad neu ofyn am amodau, fel bod amser i'w hanfon at y Bwrdd Parôl cyn y gwrandawiad.",
      ];
    },
  },
  'parole-hearing-upcoming': {
    subject: 'Gwrandawiad y Bwrdd Parôl ar y gweill',
    paragraphs: ({ date, need, facts }) => [
      `Dyma nodyn i'ch atgoffa y bydd y Bwrdd Parôl yn ystyried achos y troseddwr ar ${date(paroleHearingDate({ facts, need }))}.`,
      "Os hoffech wneud Datganiad Personol Dioddefwr o hyd, neu ofyn am amodau trwydded sy'n ymwneud â chi, cysylltwch â mi ar unwaith er mwyn i mi allu eu hanfon cyn y gwrandawiad.",
      QUESTIONS,
    ],
  },
  'parole-hearing-postponed': {
    subject: "Gwrandawiad y Bwrdd Parôl wedi'i ohirio",
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('parole-hearing-postponed');
      const what =
        detail.postponement === 'deferred'
          ? 'wedi gohirio (cyn y diwrnod)'
          : 'wedi gohirio (ar ôl iddo ddechrau neu ar y diwrnod)';
      return [
        `${LET_YOU_KNOW} fod y Bwrdd Parôl, ar ${date(on)}, ${what} y gwrandawiad ar achos y troseddwr. Ni fydd yn digwydd ar y dyddiad a roddais i chi o'r blaen.`,
        detail.newHearingDate !== undefined
          ? `Y dyddiad newydd yw ${date(detail.newHearingDate)}.`
          : 'Nid oes dyddiad newydd eto. Byddaf yn ysgrifennu atoch eto cyn gynted ag y bydd y Bwrdd Parôl yn pennu un.',
        "Mae unrhyw beth rydych chi eisoes wedi'i anfon, fel Datganiad Personol Dioddefwr neu gais am amodau trwydded, yn aros gyda'r Bwrdd Parôl. Os oeddech wedi trefnu i fod yn bresennol, i arsylwi neu i gael darllen eich datganiad, byddaf yn eich helpu i'w drefnu eto ar gyfer y dyddiad newydd.",
        QUESTIONS,
      ];
    },
  },
  'parole-decision': {
    subject: 'Penderfyniad y Bwrdd Parôl',
    paragraphs: ({ date, need }) => {
      const decision = need('parole-decision');
      const { outcome, nextReviewDate, reconsiderable } = decision.detail;
      const what =
        outcome === 'release'
          ? "wedi cyfarwyddo y dylai'r troseddwr gael ei ryddhau ar drwydded. Nid yw wedi cael ei ryddhau eto. Byddaf yn ysgrifennu atoch eto am y rhyddhau ac am yr amodau trwydded sy'n ymwneud â chi."
          : outcome === 'no-release'
            ? "wedi penderfynu na ddylai'r troseddwr gael ei ryddhau." +
              (nextReviewDate ? ` Disgwylir yr adolygiad nesaf erbyn ${date(nextReviewDate)}.` : '')
            : "wedi penderfynu peidio â rhyddhau'r troseddwr, ond wedi argymell ei symud i amodau agored (carchar â diogelwch is). Bydd yr Ysgrifennydd Gwladol yn penderfynu a ddylid derbyn hyn a byddaf yn rhoi gwybod i chi.";
      return [
        `${LET_YOU_KNOW} fod y Bwrdd Parôl, ar ${date(decision.date)}, ${what}`,
        DECISION_SUMMARY,
        ...reconsiderationParagraphs(outcome, reconsiderable),
        QUESTIONS,
      ];
    },
  },
  reconsideration: {
    subject: 'Ailystyried y penderfyniad parôl',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('reconsideration');
      const what =
        detail.stage === 'applied'
          ? `${LET_YOU_KNOW} fod cais wedi'i wneud ar ${date(on)} i'r Bwrdd Parôl ailystyried ei benderfyniad. Ni all y penderfyniad ddod i rym tra bod y cais yn cael ei ystyried.`
          : detail.outcome === 'granted'
            ? `${LET_YOU_KNOW} fod y Bwrdd Parôl, ar ${date(on)}, wedi cytuno i ailystyried ei benderfyniad. Bydd yr achos yn cael ei ystyried eto ac nid yw'r penderfyniad cynharach yn sefyll mwyach.`
            : `${LET_YOU_KNOW} fod y cais i ailystyried penderfyniad y Bwrdd Parôl wedi'i wrthod ar ${date(on)}, felly mae'r penderfyniad yn sefyll.`;
      return [what, 'Byddaf yn ysgrifennu atoch eto pan fydd rhagor o newyddion.', QUESTIONS];
    },
  },
  'set-aside': {
    subject: "Y penderfyniad parôl: cais i'w roi o'r neilltu",
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('set-aside');
      const what =
        detail.stage === 'applied'
          ? `${LET_YOU_KNOW} ${detail.appliedBy === 'board-chair' ? 'fod Cadeirydd y Bwrdd Parôl wedi gofyn' : "fod cais wedi'i wneud"} ar ${date(on)} i benderfyniad terfynol y Bwrdd Parôl gael ei roi o'r neilltu. Gall hyn ddigwydd pan oedd y penderfyniad yn seiliedig ar gamgymeriad, neu pan ddaw gwybodaeth newydd am y troseddwr i'r amlwg.`
          : detail.outcome === 'set-aside'
            ? `${LET_YOU_KNOW} fod y Bwrdd Parôl, ar ${date(on)}, wedi rhoi ei benderfyniad o'r neilltu. Nid yw'r penderfyniad yn sefyll mwyach a bydd yr achos yn cael ei ystyried eto.`
            : `${LET_YOU_KNOW} fod y Bwrdd Parôl, ar ${date(on)}, wedi penderfynu peidio â rhoi ei benderfyniad o'r neilltu, felly mae'r penderfyniad yn sefyll.`;
      return [what, 'Byddaf yn ysgrifennu atoch eto pan fydd rhagor o newyddion.', QUESTIONS];
    },
  },
  'high-court-referral': {
    subject: 'Y penderfyniad i ryddhau: cyfeirio at yr Uchel Lys',
    paragraphs: ({ date, need }) => {
      const { date: on, detail } = need('high-court-referral');
      const what =
        detail.stage === 'referred'
          ? `${LET_YOU_KNOW} fod penderfyniad y Bwrdd Parôl i ryddhau'r troseddwr wedi'i gyfeirio at yr Uchel Lys ar ${date(on)}, ar gyfarwyddyd yr Ysgrifennydd Gwladol. Ni fydd y troseddwr yn cael ei ryddhau ar sail y penderfyniad hwnnw oni bai bod yr Uchel Lys yn cytuno ag ef.`
          : detail.outcome === 'release-upheld'
            ? `${LET_YOU_KNOW} fod yr Uchel Lys, ar ${date(on)}, wedi cytuno â'r penderfyniad i ryddhau'r troseddwr. Byddaf yn ysgrifennu atoch eto am y rhyddhau ac am yr amodau trwydded sy'n ymwneud â chi.`
            : `${LET_YOU_KNOW} fod yr Uchel Lys, ar ${date(on)}, wedi diddymu'r penderfyniad i ryddhau'r troseddwr, felly ni fydd y troseddwr yn cael ei ryddhau ar ei sail.`;
      return [what, QUESTIONS];
    },
  },
} satisfies Record<string, LetterTemplate>;
