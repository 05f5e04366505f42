/**
 * Child process of the crash test: ingests generated articles into a store file, one transaction
 * each, printing a line after every commit, until it is killed. It runs the TypeScript sources
 * through swc (as jest does), with @newsgraph/extractor mapped to its sources.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const swc = require('@swc/core');

const extractorIndex = path.resolve(__dirname, '../../../extractor/src/index.ts');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === '@newsgraph/extractor' ? extractorIndex : request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

const { SqliteGraphStore } = require('../store/sqlite.ts');
const { Ingestor } = require('../ingest/ingestor.ts');
const { fakeDocument, fakeExtract, FakeResolver } = require('./fake-pipeline.ts');
const { syntheticArticle } = require('./synthetic.ts');

const [file, fromArg] = process.argv.slice(2);
const parent = process.ppid;
// The loop never yields to the event loop, so it cannot notice a closed pipe: bound it, and stop
// if the test process is gone, so that a failed test never leaves it writing.
const MAX_ARTICLES = 400;
const store = new SqliteGraphStore(file);
const resolver = new FakeResolver(Ingestor.storedEntities(store));
process.stdout.write(`ready ${Math.round(process.uptime() * 1000)} ms\n`);
for (let i = Number(fromArg); i < Number(fromArg) + MAX_ARTICLES && process.ppid === parent; i++) {
  const result = store.ingest(resolver.resolve(fakeExtract(fakeDocument(syntheticArticle(i)))), {
    coMentions: true,
    keepModalEdges: true,
  });
  process.stdout.write(`committed ${result.documentId}\n`);
}
