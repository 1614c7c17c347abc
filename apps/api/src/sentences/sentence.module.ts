import { Module } from '@nestjs/common';
import { RecordInterAgencyMeetingController } from './record-inter-agency-meeting/record-inter-agency-meeting.controller';
import { RecordInterAgencyMeetingHandler } from './record-inter-agency-meeting/record-inter-agency-meeting.handler';
import { RecordSentenceController } from './record-sentence/record-sentence.controller';
import { RecordSentenceHandler } from './record-sentence/record-sentence.handler';
import { RecordSentenceMilestoneController } from './record-sentence-milestone/record-sentence-milestone.controller';
import { RecordSentenceMilestoneHandler } from './record-sentence-milestone/record-sentence-milestone.handler';
import { SentenceInReach } from './shared/sentence-in-reach';
import { VictimsOnSentence } from './shared/victims-on-sentence';

@Module({
  controllers: [RecordSentenceController, RecordSentenceMilestoneController, RecordInterAgencyMeetingController],
  providers: [
    RecordSentenceHandler,
    RecordSentenceMilestoneHandler,
    RecordInterAgencyMeetingHandler,
    VictimsOnSentence,
    SentenceInReach,
  ],
})
export class SentenceModule {}
