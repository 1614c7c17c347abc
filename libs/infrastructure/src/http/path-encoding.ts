import type { NextFunction, Request, Response } from 'express';

/**
 * A path whose percent-encoding does not decode (`/victims/%E0%A4%A`) is refused here, before the router, whose own
 * error ("Failed to decode param '…'") would repeat the value and skip the error filter. The answer has the shape of
 * every other 400 and says nothing of what was sent.
 */
export function refuseMalformedPathEncoding(request: Request, response: Response, next: NextFunction): void {
  try {
    decodeURIComponent(request.path);
  } catch {
    response
      .status(400)
      .json({ statusCode: 400, error: 'Bad Request', message: 'the path is not valid percent-encoding' });
    return;
  }
  next();
}
