import { NotificationStage } from '@vcs/domain';
import { longDate, monthOf } from './message-dates';
import { MessageFrame, StageFacts, StageText } from './stage-text';
import { requestAnswerOf, requestAnswerParagraphs, requestAnswerSubject } from './request-answer-words';

/**
 * Welsh messages for each stage: the same meaning as the English ones (stage-messages.ts), in plain Welsh. To be
 * reviewed by the Welsh Language Unit before go-live (docs/letters.md). Nothing says where the offender is held.
 */
const on = (f: StageFacts) => (longDate(f.date, 'cy') ? ` ar ${longDate(f.date, 'cy')}` : '');
const dated = (f: StageFacts, key: string) => longDate(f.detail?.[key], 'cy');
const onDetail = (f: StageFacts, key: string) => (dated(f, key) ? ` ar ${dated(f, key)}` : '');

const LEAVE: Record<string, string> = {
  escorted: 'absenoldeb dan hebrwng',
  unescorted: 'absenoldeb heb hebrwng',
  overnight: 'absenoldeb dros nos',
};

const CATEGORY_CY: Readonly<Record<string, string>> = {
  'category-a': 'categori A, y diogelwch uchaf',
  'category-b': 'categori B, diogelwch uchel',
  'category-c': 'categori C, carchar caeedig â llai o ddiogelwch',
  'category-d': 'categori D, amodau agored',
  'restricted-status': 'statws cyfyngedig, y diogelwch uchaf',
  closed: 'amodau caeedig',
  open: 'amodau agored',
};

export const STAGES_CY = {
  'initial-contact': {
    subject: 'Y Cynllun Cyswllt â Dioddefwyr: gwybodaeth am ddedfryd y troseddwr',
    subjectOf: (f) =>
      f.scheme === 'vns'
        ? "Y Cynllun Hysbysu Dioddefwyr: gwybodaeth am ryddhau'r troseddwr"
        : 'Y Cynllun Cyswllt â Dioddefwyr: gwybodaeth am ddedfryd y troseddwr',
    paragraphs: (f) =>
      f.scheme === 'vns'
        ? [
            'Rydych wedi cael eich cyfeirio at Gynllun Hysbysu Dioddefwyr y Gwasanaeth Prawf oherwydd y drosedd a gyflawnwyd yn eich erbyn.',
            "Gall y cynllun ddweud wrthych pryd mae disgwyl i'r troseddwr gael ei ryddhau ac am unrhyw amodau trwydded sy'n ymwneud â chi, fel peidio â chysylltu â chi. Eich dewis chi yw cymryd rhan, a gallwch newid eich meddwl ar unrhyw adeg.",
            "Rhowch wybod i ni yn fuan a hoffech glywed gennym, a sut yr hoffech i ni gysylltu â chi: mae'r ddedfryd yn fyr, felly efallai na fydd y rhyddhau ymhell i ffwrdd.",
          ]
        : [
            'Rydych wedi cael eich cyfeirio at gynllun cyswllt â dioddefwyr y Gwasanaeth Prawf oherwydd y drosedd a gyflawnwyd yn eich erbyn.',
            "Gall swyddog cyswllt dioddefwyr ddweud wrthych am gamau allweddol dedfryd y troseddwr, a'ch helpu i roi eich barn am amodau ei ryddhau. Eich dewis chi yw cymryd rhan, a gallwch newid eich meddwl ar unrhyw adeg.",
            'Rhowch wybod i ni a hoffech glywed gennym, a sut yr hoffech i ni gysylltu â chi.',
          ],
  },
  'annual-contact': {
    subject: 'Eich diweddariad blynyddol gan y Cynllun Cyswllt â Dioddefwyr',
    paragraphs: () => [
      'Dyma eich llythyr blynyddol gan y cynllun cyswllt â dioddefwyr. Gofynnoch am glywed gennym unwaith y flwyddyn.',
      'Os oes unrhyw beth wedi newid i chi, neu os hoffech glywed gennym yn amlach, cysylltwch â ni.',
    ],
  },
  'release-month': {
    subject: 'Rhyddhau disgwyliedig y troseddwr',
    paragraphs: (f) => [
      `Disgwylir i'r troseddwr gael ei ryddhau ${monthOf(f.detail?.expectedReleaseDate, 'cy') ? `ym mis ${monthOf(f.detail?.expectedReleaseDate, 'cy')}` : 'yn ystod yr wythnosau nesaf'}.`,
      "Byddwn yn dweud wrthych am unrhyw amodau trwydded sy'n ymwneud â chi cyn iddo gael ei ryddhau.",
    ],
  },
  'parole-eligibility-upcoming': {
    subject: 'Bydd y troseddwr yn gymwys am barôl cyn bo hir',
    paragraphs: (f) => [
      `Bydd y troseddwr yn dod yn gymwys i gael ei ystyried am barôl${onDetail(f, 'paroleEligibilityDate')}.`,
      'Gallwch ysgrifennu datganiad personol dioddefwr ar gyfer y Bwrdd Parôl a gofyn am amodau trwydded. Gall eich swyddog cyswllt dioddefwyr eich helpu.',
    ],
  },
  'parole-hearing-upcoming': {
    subject: 'Mae gwrandawiad y Bwrdd Parôl ar y gweill',
    paragraphs: (f) => [
      `Bydd y Bwrdd Parôl yn ystyried achos y troseddwr${onDetail(f, 'hearingDate') || onDetail(f, 'newHearingDate')}.`,
      "Os hoffech wneud datganiad personol dioddefwr, neu ofyn am amodau trwydded, cysylltwch â'ch swyddog cyswllt dioddefwyr nawr.",
    ],
  },
  'tribunal-hearing-upcoming': {
    subject: 'Mae gwrandawiad tribiwnlys ar y gweill',
    paragraphs: (f) => [
      `Bydd y Tribiwnlys Iechyd Meddwl yn ystyried achos y claf${onDetail(f, 'hearingDate')}.`,
      'Gallwch ofyn am amodau rhyddhau. Gall eich swyddog cyswllt dioddefwyr eich helpu.',
    ],
  },
  'licence-conditions-end-upcoming': {
    subject: "Bydd yr amodau trwydded sy'n eich diogelu yn dod i ben cyn bo hir",
    paragraphs: (f) => [
      `Bydd yr amodau trwydded sy'n ymwneud â chi yn dod i ben${dated(f, 'conditionsEndDate') ? ` ar ${dated(f, 'conditionsEndDate')}` : ' cyn bo hir'}.`,
      "Os ydych yn poeni am hyn, cysylltwch â'ch swyddog cyswllt dioddefwyr.",
    ],
  },
  'licence-conditions-end': {
    subject: "Mae'r amodau trwydded a oedd yn eich diogelu wedi dod i ben",
    paragraphs: () => [
      "Mae'r amodau trwydded a oedd yn ymwneud â chi wedi dod i ben erbyn hyn.",
      "Os ydych yn poeni am eich diogelwch, cysylltwch â'ch swyddog cyswllt dioddefwyr, neu'r heddlu ar 999 mewn argyfwng.",
    ],
  },
  'parole-eligibility': {
    subject: 'Dyddiad cymhwysedd y troseddwr am barôl',
    paragraphs: (f) => [
      `Bydd y troseddwr yn gymwys i gael ei ystyried am barôl${dated(f, 'paroleEligibilityDate') ? ` o ${dated(f, 'paroleEligibilityDate')} ymlaen` : ''}.`,
      "Byddwn yn ysgrifennu atoch cyn i'r Bwrdd Parôl ystyried yr achos.",
    ],
  },
  'parole-hearing-listed': {
    subject: "Mae gwrandawiad y Bwrdd Parôl wedi'i drefnu",
    paragraphs: (f) => [
      `Bydd y Bwrdd Parôl yn cynnal ${f.detail?.hearingType === 'oral' ? 'gwrandawiad llafar' : 'adolygiad'} o achos y troseddwr${onDetail(f, 'hearingDate')}.`,
      'Gallwch wneud datganiad personol dioddefwr a gofyn am amodau trwydded. Gall eich swyddog cyswllt dioddefwyr eich helpu.',
    ],
  },
  'parole-decision': {
    subject: "Mae'r Bwrdd Parôl wedi gwneud ei benderfyniad",
    paragraphs: (f) => [
      f.detail?.outcome === 'release'
        ? `Mae'r Bwrdd Parôl wedi cyfarwyddo y dylai'r troseddwr gael ei ryddhau${on(f)}.`
        : f.detail?.outcome === 'open-conditions-recommended'
          ? `Mae'r Bwrdd Parôl wedi argymell y dylai'r troseddwr gael ei symud i amodau agored${on(f)}.`
          : `Mae'r Bwrdd Parôl wedi penderfynu${on(f)} na ddylai'r troseddwr gael ei ryddhau.`,
      dated(f, 'nextReviewDate') ? `Disgwylir yr adolygiad nesaf erbyn ${dated(f, 'nextReviewDate')}.` : undefined,
      f.detail?.outcome === 'release' ? "Nid yw'r troseddwr wedi cael ei ryddhau eto." : undefined,
      "Gallwch ofyn am grynodeb o'r penderfyniad.",
      f.detail?.outcome === 'open-conditions-recommended'
        ? undefined
        : f.detail?.reconsiderable === true
          ? 'Penderfyniad dros dro yw hwn: gellir ei ailystyried os gwneir cais cyn pen 21 diwrnod ar ôl iddo gael ei anfon. Byddwn yn rhoi gwybod i chi pan fydd yn derfynol; gall eich swyddog cyswllt dioddefwyr egluro beth mae hyn yn ei olygu i chi.'
          : f.detail?.reconsiderable === false
            ? 'Ni ellir ailystyried y penderfyniad hwn.'
            : 'Gellir ailystyried rhai penderfyniadau os gwneir cais cyn pen 21 diwrnod ar ôl iddynt gael eu hanfon; gall eich swyddog cyswllt dioddefwyr egluro beth mae hyn yn ei olygu i chi.',
    ],
  },
  'set-aside': {
    subject: "Penderfyniad y Bwrdd Parôl: ei roi o'r neilltu",
    paragraphs: (f) => [
      f.detail?.stage === 'applied'
        ? `Gofynnwyd i'r Bwrdd Parôl${on(f)} roi ei benderfyniad terfynol o'r neilltu.`
        : f.detail?.outcome === 'set-aside'
          ? `Mae'r Bwrdd Parôl wedi rhoi ei benderfyniad o'r neilltu${on(f)}. Nid yw'r penderfyniad yn sefyll mwyach a bydd yr achos yn cael ei ystyried eto.`
          : `Penderfynodd y Bwrdd Parôl${on(f)} beidio â rhoi ei benderfyniad o'r neilltu, felly mae'r penderfyniad yn sefyll.`,
    ],
  },
  'high-court-referral': {
    subject: "Mae'r penderfyniad i ryddhau wedi'i gyfeirio at yr Uchel Lys",
    paragraphs: (f) => [
      f.detail?.stage === 'referred'
        ? `Cyfeiriwyd penderfyniad y Bwrdd Parôl i ryddhau'r troseddwr at yr Uchel Lys${on(f)}. Ni fydd y troseddwr yn cael ei ryddhau ar ei sail oni bai bod yr Uchel Lys yn cytuno.`
        : f.detail?.outcome === 'release-upheld'
          ? `Cytunodd yr Uchel Lys â'r penderfyniad i ryddhau'r troseddwr${on(f)}.`
          : `Diddymodd yr Uchel Lys y penderfyniad i ryddhau'r troseddwr${on(f)}, felly ni fydd y troseddwr yn cael ei ryddhau ar ei sail.`,
    ],
  },
  reconsideration: {
    subject: 'Ailystyried penderfyniad y Bwrdd Parôl',
    paragraphs: (f) => [
      f.detail?.stage === 'applied'
        ? "Mae cais wedi'i wneud i'r Bwrdd Parôl ailystyried ei benderfyniad."
        : f.detail?.outcome === 'granted'
          ? 'Bydd penderfyniad y Bwrdd Parôl yn cael ei ailystyried.'
          : "Mae'r cais i ailystyried penderfyniad y Bwrdd Parôl wedi'i wrthod, felly mae'r penderfyniad yn sefyll.",
    ],
  },
  'open-conditions-eligibility': {
    subject: 'Gellir ystyried y troseddwr ar gyfer amodau agored',
    paragraphs: (f) => [
      `Gellir ystyried symud y troseddwr i amodau agored${dated(f, 'eligibleFrom') ? ` o ${dated(f, 'eligibleFrom')} ymlaen` : ''}. Dyma'r dyddiad cynharaf, nid penderfyniad i symud.`,
    ],
  },
  'open-conditions-eligibility-upcoming': {
    subject: 'Amodau agored: cymhwysedd yn dod',
    paragraphs: (f) => [
      `Cyn bo hir gellir ystyried symud y troseddwr i amodau agored${dated(f, 'eligibleFrom') ? `, o ${dated(f, 'eligibleFrom')} ymlaen` : ''}.`,
      "Os oes gennych bryderon am symud, cysylltwch â'ch swyddog cyswllt dioddefwyr nawr.",
    ],
  },
  'parole-hearing-postponed': {
    subject: "Mae gwrandawiad y Bwrdd Parôl wedi'i ohirio",
    paragraphs: (f) => [
      `Gohiriodd y Bwrdd Parôl y gwrandawiad ar achos y troseddwr${on(f)}. Ni fydd yn digwydd ar y dyddiad a roddwyd i chi.`,
      dated(f, 'newHearingDate')
        ? `Y dyddiad newydd yw ${dated(f, 'newHearingDate')}.`
        : 'Nid oes dyddiad newydd eto. Byddwn yn rhoi gwybod i chi pan fydd un.',
      'Gall eich swyddog cyswllt dioddefwyr helpu os oeddech wedi trefnu i fod yn bresennol, i arsylwi neu i gael darllen eich datganiad.',
    ],
  },
  'prison-transfer': {
    subject: "Mae'r troseddwr wedi symud i garchar arall",
    paragraphs: (f) => [
      `Mae'r troseddwr wedi cael ei symud i garchar arall${on(f)}. Nid yw hyn yn newid y ddedfryd.`,
      "Ni allwn ddweud wrthych ble mae'r troseddwr yn cael ei gadw. Cysylltwch â'ch swyddog cyswllt dioddefwyr os oes gennych unrhyw bryderon.",
    ],
  },
  recategorisation: {
    subject: 'Mae categori diogelwch y troseddwr wedi newid',
    paragraphs: (f) => [
      `Mae'r troseddwr wedi cael categori diogelwch newydd${on(f)}: ${CATEGORY_CY[String(f.detail?.category)] ?? 'lefel wahanol o ddiogelwch'}.`,
      "Nid yw hyn yn newid y dyddiad rhyddhau. Ni allwn ddweud wrthych ble mae'r troseddwr yn cael ei gadw.",
    ],
  },
  'hospital-direction': {
    subject: "Mae'r troseddwr mewn ysbyty",
    paragraphs: (f) => [
      `${f.detail?.basis === 'hospital-and-limitation-direction' ? 'Anfonwyd y troseddwr gan y llys i ysbyty i gael triniaeth o dan y Ddeddf Iechyd Meddwl' : "Mae'r troseddwr wedi cael ei symud o'r carchar i ysbyty i gael triniaeth o dan y Ddeddf Iechyd Meddwl"}${on(f)}. Mae'r ddedfryd o garchar yn dal i fod yn berthnasol.`,
      "Ni allwn ddweud wrthych pa ysbyty. Cysylltwch â'ch swyddog cyswllt dioddefwyr os oes gennych unrhyw bryderon.",
    ],
  },
  'remitted-to-prison': {
    subject: "Mae'r troseddwr yn ôl yn y carchar",
    paragraphs: (f) => [
      `Mae'r troseddwr wedi cael ei ddychwelyd o'r ysbyty i'r carchar${on(f)} i barhau â'r ddedfryd.`,
      "Ni allwn ddweud wrthych ble mae'r troseddwr yn cael ei gadw.",
    ],
  },
  'transfer-to-open-conditions': {
    subject: "Mae'r troseddwr wedi symud i amodau agored",
    paragraphs: (f) => [
      `Mae'r troseddwr wedi cael ei symud i amodau agored${on(f)}.`,
      "Cysylltwch â'ch swyddog cyswllt dioddefwyr os oes gennych unrhyw bryderon.",
    ],
  },
  'return-to-closed-conditions': {
    subject: "Mae'r troseddwr wedi dychwelyd i amodau caeedig",
    paragraphs: (f) => [`Mae'r troseddwr wedi cael ei ddychwelyd i amodau caeedig${on(f)}.`],
  },
  'release-on-temporary-licence': {
    subject: "Mae'r troseddwr wedi cael ei ryddhau dros dro ar drwydded",
    paragraphs: (f) => [
      `Mae'r troseddwr wedi cael caniatâd i fynd allan dros dro ar drwydded${on(f)}${dated(f, 'returnDate') ? `, gan ddychwelyd erbyn ${dated(f, 'returnDate')}` : ''}.`,
      "Mae unrhyw amodau trwydded sy'n ymwneud â chi yn berthnasol tra bydd allan.",
    ],
  },
  'home-detention-curfew': {
    subject: "Mae'r troseddwr wedi cael ei ryddhau ar gyrffyw cadw gartref",
    paragraphs: (f) => [
      `Mae'r troseddwr wedi cael ei ryddhau ar gyrffyw cadw gartref${on(f)}.`,
      "Rhaid iddo gadw at gyrffyw ac at unrhyw amodau trwydded sy'n ymwneud â chi.",
    ],
  },
  'release-on-licence': {
    subject: "Mae'r troseddwr wedi cael ei ryddhau",
    paragraphs: (f) => [
      `Mae'r troseddwr wedi cael ei ryddhau ar drwydded${on(f)}.`,
      "Rhaid iddo gadw at amodau ei drwydded, gan gynnwys unrhyw rai sy'n ymwneud â chi. Os bydd yn eu torri, dywedwch wrth yr heddlu neu wrth eich swyddog cyswllt dioddefwyr.",
    ],
  },
  'licence-conditions-set': {
    subject: "Amodau trwydded sy'n ymwneud â chi",
    paragraphs: (f) => [
      "Mae amodau trwydded sy'n ymwneud â chi wedi cael eu gosod.",
      dated(f, 'conditionsEndDate') ? `Maent yn para tan ${dated(f, 'conditionsEndDate')}.` : undefined,
      'Gall eich swyddog cyswllt dioddefwyr ddweud wrthych beth maent yn ei olygu i chi.',
    ],
  },
  'escape-or-abscond': {
    subject: "Brys: mae'r troseddwr allan o'r ddalfa",
    paragraphs: (f) => [
      f.detail?.circumstance === 'absent-without-leave'
        ? `Mae'r claf yn absennol o'r ysbyty heb ganiatâd${on(f)}.`
        : f.detail?.circumstance === 'absconded'
          ? `Mae'r troseddwr wedi gadael heb ganiatâd${on(f)} ac nid yw yn y ddalfa.`
          : f.detail?.circumstance === 'unlawfully-at-large'
            ? `Mae'r troseddwr yn rhydd yn anghyfreithlon${on(f)}: nid yw yn y ddalfa pan ddylai fod.`
            : `Mae'r troseddwr wedi dianc o'r ddalfa${on(f)}.`,
      "Os ydych yn teimlo eich bod mewn perygl, neu os byddwch yn ei weld, ffoniwch 999 ar unwaith. Mae'r heddlu'n gwybod ac maen nhw'n chwilio amdano.",
      'Bydd eich swyddog cyswllt dioddefwyr yn eich ffonio cyn gynted ag y gall i siarad am eich diogelwch.',
    ],
  },
  'return-to-custody': {
    subject: "Mae'r troseddwr yn ôl yn y ddalfa",
    paragraphs: (f) => [
      `Cafodd y troseddwr ei ddychwelyd i'r ddalfa${on(f)}.`,
      "Cysylltwch â'ch swyddog cyswllt dioddefwyr os oes gennych unrhyw bryderon.",
    ],
  },
  recall: {
    subject: "Mae'r troseddwr wedi cael ei alw'n ôl",
    paragraphs: (f) => [
      `Mae'r troseddwr wedi cael ei alw'n ôl${on(f)}.`,
      f.detail?.recallType === 'fixed-term'
        ? `Galw'n ôl am gyfnod penodol yw hwn: bydd yn cael ei ryddhau eto'n awtomatig${dated(f, 'reReleaseDate') ? ` ar ${dated(f, 'reReleaseDate')}` : ' ar ddiwedd y cyfnod'}.`
        : undefined,
    ],
  },
  'licence-end': {
    subject: 'Mae trwydded y troseddwr wedi dod i ben',
    paragraphs: (f) => [`Daeth trwydded y troseddwr i ben${on(f)}.`],
  },
  'sentence-end': {
    subject: 'Mae dedfryd y troseddwr wedi dod i ben',
    paragraphs: (f) => [
      `Daeth dedfryd y troseddwr i ben${on(f)}. Dyma'r llythyr olaf y byddwch yn ei gael gan y cynllun cyswllt â dioddefwyr amdani.`,
    ],
  },
  'release-date-changed': {
    subject: 'Mae dyddiad rhyddhau disgwyliedig y troseddwr wedi newid',
    paragraphs: (f) => [
      `Disgwylir i'r troseddwr gael ei ryddhau ${monthOf(f.detail?.expectedReleaseDate, 'cy') ? `ym mis ${monthOf(f.detail?.expectedReleaseDate, 'cy')}` : 'mewn mis gwahanol'} erbyn hyn.`,
      ...(f.detail?.reason === 'change-in-law'
        ? [
            "Mae hyn oherwydd bod y gyfraith ynghylch pryd y caiff carcharorion eu rhyddhau wedi newid. Nid yw'n benderfyniad am y troseddwr nac amdanoch chi.",
          ]
        : []),
    ],
  },
  'hospital-leave': {
    subject: "Mae'r claf wedi cael absenoldeb",
    paragraphs: (f) => [
      `Mae'r claf wedi cael ${LEAVE[String(f.detail?.leaveType)] ?? 'absenoldeb'} o'r ysbyty${on(f)}.`,
    ],
  },
  'hospital-transfer': {
    subject: "Mae'r claf wedi cael ei drosglwyddo",
    paragraphs: (f) => [`Mae'r claf wedi cael ei drosglwyddo i ysbyty arall${on(f)}.`],
  },
  'tribunal-hearing-listed': {
    subject: "Mae gwrandawiad tribiwnlys wedi'i drefnu",
    paragraphs: (f) => [
      `Bydd y Tribiwnlys Iechyd Meddwl yn ystyried achos y claf${onDetail(f, 'hearingDate')}.`,
      'Gallwch ofyn am amodau rhyddhau. Gall eich swyddog cyswllt dioddefwyr eich helpu.',
    ],
  },
  'tribunal-decision': {
    subject: "Mae'r tribiwnlys wedi gwneud ei benderfyniad",
    paragraphs: (f) => [
      f.detail?.outcome === 'not-discharged'
        ? `Penderfynodd y tribiwnlys${on(f)} na fydd y claf yn cael ei ryddhau.`
        : `Penderfynodd y tribiwnlys${on(f)} y bydd y claf yn cael ei ryddhau${f.detail?.outcome === 'absolute-discharge' ? '' : ' gydag amodau'}.`,
    ],
  },
  'conditional-discharge': {
    subject: "Mae'r claf wedi cael ei ryddhau gydag amodau",
    paragraphs: (f) => [
      `Mae'r claf wedi cael ei ryddhau o'r ysbyty gydag amodau${on(f)}.`,
      "Gall eich swyddog cyswllt dioddefwyr ddweud wrthych am unrhyw amodau sy'n ymwneud â chi.",
    ],
  },
  'absolute-discharge': {
    subject: "Mae'r claf wedi cael ei ryddhau",
    paragraphs: (f) => [`Mae'r claf wedi cael ei ryddhau o'r ysbyty${on(f)}. Nid oes unrhyw amodau.`],
  },
  'discharge-conditions-varied': {
    subject: "Mae'r amodau rhyddhau wedi newid",
    paragraphs: (f) => [
      `Newidiwyd yr amodau y mae'n rhaid i'r claf gadw atynt yn y gymuned${on(f)}.`,
      "Bydd eich swyddog cyswllt dioddefwyr yn dweud wrthych am yr amodau sy'n ymwneud â chi. Os ydych chi'n teimlo'n anniogel, ffoniwch 999 mewn argyfwng.",
    ],
  },
  'restrictions-lifted': {
    subject: "Mae'r cyfyngiadau arbennig wedi dod i ben",
    paragraphs: (f) => [
      `Daeth y cyfyngiadau arbennig a osodwyd gan yr Ysgrifennydd Gwladol dros Gyfiawnder i ben${on(f)}. Yr ysbyty sy'n penderfynu am absenoldeb a rhyddhau yn awr.`,
      "Cysylltwch â'ch swyddog cyswllt dioddefwyr os oes gennych unrhyw bryderon.",
    ],
  },
  appeal: {
    subject: 'Apêl',
    paragraphs: (f) => [
      f.detail?.stage === 'lodged' ? "Mae'r troseddwr wedi apelio." : `Mae'r apêl wedi cael ei phenderfynu${on(f)}.`,
      'Gall eich swyddog cyswllt dioddefwyr egluro beth mae hyn yn ei olygu.',
    ],
  },
  death: {
    subject: 'Newyddion am y troseddwr',
    paragraphs: (f) => [
      `Rydym yn ysgrifennu i ddweud wrthych fod y troseddwr wedi marw${on(f)}.`,
      "Dyma'r llythyr olaf y byddwch yn ei gael gan y cynllun cyswllt â dioddefwyr am yr achos hwn. Os hoffech siarad amdano, cysylltwch â'ch swyddog cyswllt dioddefwyr.",
    ],
  },
  'suspended-sentence-activated': {
    subject: "Mae'r troseddwr wedi cael ei anfon i'r ddalfa",
    paragraphs: (f) => [
      `Gweithredodd y llys ddedfryd ohiriedig y troseddwr${on(f)}. Mae'r troseddwr wedi mynd i'r ddalfa.`,
      "Byddwn yn rhoi gwybod i chi pryd y disgwylir iddo gael ei ryddhau ac am unrhyw amodau trwydded sy'n ymwneud â chi.",
    ],
  },
  'removal-planned': {
    subject: "Efallai y bydd y troseddwr yn cael ei symud o'r Deyrnas Unedig",
    paragraphs: (f) => [
      `Mae disgwyl i'r troseddwr gael ei symud o'r Deyrnas Unedig${dated(f, 'expectedOn') ? `, wedi'i gynllunio ar gyfer ${dated(f, 'expectedOn')}` : ''}. Gall cynlluniau fel hyn newid.`,
      "Byddwn yn rhoi gwybod i chi pan fydd y symud wedi digwydd, ac os bydd y troseddwr yn dod yn ôl cyn i'r ddedfryd ddod i ben.",
    ],
  },
  'transfer-abroad': {
    subject: "Mae'r troseddwr wedi cael ei drosglwyddo dramor",
    paragraphs: (f) => [
      `Cafodd y troseddwr ei drosglwyddo i wlad arall i fwrw gweddill y ddedfryd yno${on(f)}.`,
      "Byddwn yn rhoi gwybod i chi os bydd y troseddwr yn dod yn ôl i'r Deyrnas Unedig tra bo'r ddedfryd yn dal i fod yn berthnasol.",
    ],
  },
  'return-after-removal': {
    subject: "Pwysig: mae'r troseddwr yn ôl yn y Deyrnas Unedig ac yn y ddalfa",
    paragraphs: (f) => [
      `Daeth y troseddwr, a oedd wedi cael ei symud o'r Deyrnas Unedig, yn ôl a chafodd ei ddychwelyd i'r ddalfa${on(f)} i fwrw gweddill y ddedfryd.`,
      "Byddwn yn rhoi gwybod i chi am gamau allweddol y ddedfryd eto, gan gynnwys unrhyw ryddhau. Cysylltwch â'ch swyddog cyswllt dioddefwyr os oes gennych unrhyw bryderon.",
    ],
  },
  deportation: {
    subject: "Mae'r troseddwr wedi cael ei allgludo",
    paragraphs: (f) => [`Mae'r troseddwr wedi cael ei allgludo${on(f)}.`],
  },
  // The answer to the victim's own request (issue 17): what they asked for and the answer, never where anyone is.
  'request-answered': {
    subject: requestAnswerSubject('cy'),
    paragraphs: (f) => requestAnswerParagraphs(requestAnswerOf(f), 'cy'),
  },
} satisfies Readonly<Record<NotificationStage, StageText>>;

export const FRAME_CY: MessageFrame = {
  dear: 'Annwyl',
  nobody: 'Syr neu Fadam',
  closing:
    "Os oes gennych unrhyw gwestiynau, neu os hoffech newid sut neu pryd rydym yn cysylltu â chi, cysylltwch â'ch swyddog cyswllt dioddefwyr.",
  signOff: 'Cynllun Cyswllt â Dioddefwyr, y Gwasanaeth Prawf',
  fallback: {
    subject: 'Diweddariad gan y Cynllun Cyswllt â Dioddefwyr',
    paragraphs: () => ["Mae newyddion am ddedfryd y troseddwr. Cysylltwch â'ch swyddog cyswllt dioddefwyr."],
  },
};
