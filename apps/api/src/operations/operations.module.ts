import { Module } from '@nestjs/common';
import { ParkedWorkController } from './parked-work.controller';

/** Operating the service through the API (ADMIN): parked work and its retry. */
@Module({ controllers: [ParkedWorkController] })
export class OperationsModule {}
