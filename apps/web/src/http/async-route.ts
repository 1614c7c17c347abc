import { NextFunction, Request, Response } from 'express';

/** Express 5 passes a rejected promise to the error handler itself; this only types the handler. */
export const asyncRoute =
  (handler: (req: Request, res: Response, next: NextFunction) => Promise<unknown>) =>
  (req: Request, res: Response, next: NextFunction): Promise<unknown> =>
    handler(req, res, next);
