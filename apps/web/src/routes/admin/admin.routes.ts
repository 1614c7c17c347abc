import { Router } from 'express';
import { retentionRoutes } from './retention.routes';
import { victimRecordRoutes } from './victim-record.routes';
import { parkedWorkRoutes } from './parked-work.routes';

/** The administrator's pages (ADMIN): retention reviews and erasure, subject access, parked work. */
export function adminRoutes(apiUrl: string): Router {
  const router = Router();
  router.use(retentionRoutes(apiUrl));
  router.use(victimRecordRoutes(apiUrl));
  router.use(parkedWorkRoutes(apiUrl));
  return router;
}
