import { Module } from '@nestjs/common';
import { ListOutboxMessagesHandler } from './list-outbox-messages.query';
import { OutboxController } from './outbox.controller';

/** GET /outbox: the local notification channel's messages (table notification_outbox, libs/notifications). */
@Module({ controllers: [OutboxController], providers: [ListOutboxMessagesHandler] })
export class OutboxQueriesModule {}
