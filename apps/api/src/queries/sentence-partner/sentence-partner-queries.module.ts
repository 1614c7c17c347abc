import { Module } from '@nestjs/common';
import { SentencePartnerController } from './sentence-partner.controller';
import { SENTENCE_PARTNER_QUERY_HANDLERS } from './sentence-partner-query-handlers';
import { PartnerSentenceController } from './partner-sentence.controller';
import { GetPartnerSentenceHandler } from './partner-sentence.query';

/** Sentence view, representations for partners and inter-agency meetings (docs/read-models/sentence-partner.md). */
@Module({
  controllers: [SentencePartnerController, PartnerSentenceController],
  providers: [...SENTENCE_PARTNER_QUERY_HANDLERS, GetPartnerSentenceHandler],
})
export class SentencePartnerQueriesModule {}
