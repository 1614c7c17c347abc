import { Module } from '@nestjs/common';
import { PerformanceController } from './performance.controller';
import { PerformanceFigures } from './performance.figures';

/** The managers' figures (read model: libs/read-models/src/performance). */
@Module({ controllers: [PerformanceController], providers: [PerformanceFigures] })
export class PerformanceQueriesModule {}
