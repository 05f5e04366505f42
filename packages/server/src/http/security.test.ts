import express from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import request from 'supertest';
import { HELMET_OPTIONS } from '../app';
import { securityHeaders } from './security';

async function headersOf(middleware: express.RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.disable('x-powered-by');
  app.use(middleware);
  app.get('/', (_req, res) => {
    res.json({ ok: true });
  });
  const res = await request(app).get('/').expect(200);
  const { date: _date, ...rest } = res.headers as Record<string, string>;
  return rest;
}

describe('securityHeaders', () => {
  it.each<[string, HelmetOptions]>([
    ['the app', HELMET_OPTIONS as HelmetOptions],
    ['the defaults', {}],
    ['options off', { contentSecurityPolicy: false, strictTransportSecurity: { maxAge: 5 } }],
  ])('sends exactly the headers helmet sends, with %s', async (_name, options) => {
    const expected = await headersOf(helmet(options));
    expect(expected['content-security-policy'] ?? 'off').toBeTruthy();
    expect(await headersOf(securityHeaders(options))).toEqual(expected);
  });

  it('keeps helmet per request when an option depends on the request', async () => {
    let calls = 0;
    const options: HelmetOptions = {
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'", () => `'nonce-${++calls}'`],
        },
      },
    };
    const middleware = securityHeaders(options);
    const first = await headersOf(middleware);
    const second = await headersOf(middleware);
    expect(first['content-security-policy']).toContain("'nonce-1'");
    expect(second['content-security-policy']).toContain("'nonce-2'");
  });
});
