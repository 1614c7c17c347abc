import { Module } from '@nestjs/common';
import { SentencePartnerController } from './sentence-partner.controller';
import { SENTENCE_PARTNER_QUERY_HANDLERS } from './sentence-partner.queries';

/** Sentence view, representations for partners and inter-agency meetings (docs/read-models/sentence-partner.md). */
@Module({ controllers: [SentencePartnerController], providers: [...SENTENCE_PARTNER_QUERY_HANDLERS] })
export class SentencePartnerQueriesModule {}
