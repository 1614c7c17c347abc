import { Module } from '@nestjs/common';
import { RecordSentenceController } from './record-sentence/record-sentence.controller';
import { RecordSentenceHandler } from './record-sentence/record-sentence.handler';

@Module({
  controllers: [RecordSentenceController],
  providers: [RecordSentenceHandler],
})
export class SentenceModule {}
