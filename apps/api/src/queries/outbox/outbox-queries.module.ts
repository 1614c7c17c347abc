import { Module } from '@nestjs/common';
import { OutboxController } from './outbox.controller';

/** GET /outbox: the local notification channel's messages (table notification_outbox, libs/notifications). */
@Module({ controllers: [OutboxController] })
export class OutboxQueriesModule {}
