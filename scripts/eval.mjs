// `pnpm eval`: the extractor measured against the gold in ../shared/eval, in one go:
// the seed graph (entities, relations, statements) and the entity recogniser on CoNLL-2003 dev.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
if (!existsSync(join(shared, 'eval'))) {
  console.error(`eval: ${shared}/eval is missing`);
  process.exit(1);
}
const cli = join(root, 'packages/extractor/dist/cli/index.js');
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
const verbose = process.argv.includes('--verbose');

function run(args, options = {}) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...options });
  if (r.status !== 0 && r.status !== 2) {
    console.error(r.stderr);
    process.exit(1);
  }
  return r.stdout;
}

console.log('== seeds: graph scorer ==');
const graph = join(tmp, 'seeds.json');
run([cli, 'build', join(shared, 'corpus/seeds'), '--out', graph, '--quiet']);
process.stdout.write(
  run([
    join(shared, 'eval/score-graph.mjs'),
    join(shared, 'eval/seeds-gold.json'),
    graph,
    ...(verbose ? ['--verbose'] : []),
  ]),
);

console.log('\n== CoNLL-2003 dev: entity recogniser ==');
const tagged = join(tmp, 'dev.tagged');
writeFileSync(tagged, run([cli, 'ner', '--conll', join(shared, 'eval/conll2003/dev.txt')]));
process.stdout.write(run([join(shared, 'eval/score-conll.mjs'), tagged, '--types', 'PER,ORG,LOC']));
process.stdout.write(run([join(shared, 'eval/score-conll.mjs'), tagged, '--types', 'PER,ORG,LOC,MISC']));
rmSync(tmp, { recursive: true, force: true });
