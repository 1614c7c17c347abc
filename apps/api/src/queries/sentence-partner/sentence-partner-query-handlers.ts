import { GetSentenceHandler } from './get-sentence/get-sentence.query';
import { ListSentencesHandler } from './list-sentences/list-sentences.query';
import { GetSentenceMeetingsHandler } from './sentence-meetings/sentence-meetings.query';
import { GetSentenceRepresentationsHandler } from './sentence-representations/sentence-representations.query';

export const SENTENCE_PARTNER_QUERY_HANDLERS = [
  GetSentenceHandler,
  ListSentencesHandler,
  GetSentenceRepresentationsHandler,
  GetSentenceMeetingsHandler,
];
