import express, { NextFunction, Request, Response } from 'express';
import request from 'supertest';
import { ApiRefusal } from '../../data/api-client';
import { recordSentenceForm } from './definitions/record-sentence.form';
import { formRoutes } from './form.routes';

/** The form's routes alone, for a person with these roles; a refusal is answered with its status, as the web app does. */
function appFor(roles: string[]) {
  const app = express();
  app.use((_req, res, next) => {
    res.locals.user = { userId: 'someone', name: 'Someone', roles, units: [], accessToken: 'token' };
    next();
  });
  app.use(formRoutes('http://127.0.0.1:9', recordSentenceForm, 'new'));
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) =>
    res.status(error instanceof ApiRefusal ? error.status : 500).send('refused'),
  );
  return app;
}

describe("a new record's form opened by its address", () => {
  it('is refused to partners and administrators, the form and its check-your-answers page alike', async () => {
    for (const roles of [['PAROLE_BOARD'], ['MAPPA_PARTNER'], ['ADMIN']]) {
      await request(appFor(roles)).get('/sentences/new').expect(403);
      await request(appFor(roles)).get('/sentences/new/check').expect(403);
      await request(appFor(roles)).post('/sentences/new').type('form').send({ reference: 'X123456' }).expect(403);
    }
  });
});
