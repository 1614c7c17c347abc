import { Module } from '@nestjs/common';
import { OperationsHealthController } from './operations-health.controller';
import { ParkedWorkController } from './parked-work.controller';

/** Operating the service through the API (ADMIN): the detailed health, parked work and its retry. */
@Module({ controllers: [OperationsHealthController, ParkedWorkController] })
export class OperationsModule {}
