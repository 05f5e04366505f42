import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { tmpApp } from '../test-utils/harness';

describe('the viewer at /', () => {
  it('serves the built viewer, falls back to index.html for client routes, and keeps /api JSON', async () => {
    const probe = tmpApp();
    const viewerDir = path.join(probe.dir, 'viewer');
    probe.cleanup();
    mkdirSync(path.join(viewerDir, 'assets'), { recursive: true });
    writeFileSync(path.join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title>');
    writeFileSync(path.join(viewerDir, 'assets', 'app.js'), 'console.log(1);');
    const t = tmpApp({ viewerDir });
    try {
      expect((await request(t.app).get('/').expect(200)).text).toContain('<title>viewer</title>');
      expect((await request(t.app).get('/assets/app.js').expect(200)).headers['content-type']).toMatch(
        /javascript/,
      );
      expect(
        (await request(t.app).get('/entity/vladimir-putin').set('Accept', 'text/html').expect(200)).text,
      ).toContain('viewer');
      expect(
        (await request(t.app).get('/api/unknown').set('Accept', 'text/html').expect(404)).body.error.code,
      ).toBe('not_found');
      await request(t.app).get('/assets/missing.js').set('Accept', 'application/javascript').expect(404);
    } finally {
      t.cleanup();
    }
  });

  it('is left out when the viewer is not built', async () => {
    const t = tmpApp({ viewerDir: '/nonexistent/viewer/dist' });
    try {
      expect((await request(t.app).get('/').expect(404)).body.error.code).toBe('not_found');
    } finally {
      t.cleanup();
    }
  });
});
