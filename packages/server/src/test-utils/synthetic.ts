/** Deterministic generated articles (many entities and relations each), for the crash test and fuzzing. */
import type { ArticleInput } from '@newsgraph/extractor';

const FIRST = [
  'Anna',
  'Boris',
  'Clara',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Irina',
  'Jonas',
  'Kira',
  'Lars',
];
const LAST = [
  'Adler',
  'Brandt',
  'Costa',
  'Dorn',
  'Engel',
  'Falk',
  'Graf',
  'Hahn',
  'Iske',
  'Jung',
  'Keller',
  'Lorenz',
];
const ORGS = ['Nato', 'Unesco', 'Interpol', 'Gazprom', 'Siemens', 'Reuters', 'Oxfam', 'Airbus'];

const person = (n: number): string =>
  `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;

export function syntheticArticle(i: number, sentences = 30): ArticleInput {
  const lines: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const a = (i * 31 + s * 7) % 144;
    const b = (i * 17 + s * 11 + 1) % 144;
    const org = ORGS[(i + s) % ORGS.length]!;
    if (s % 3 === 0) lines.push(`${person(a)} met ${person(b === a ? b + 1 : b)} at ${org}.`);
    else if (s % 3 === 1) lines.push(`${org} accused ${person(a)} of delays.`);
    else lines.push(`${person(b)} said the talks were useful.`);
  }
  return {
    id: `synthetic-${i}`,
    title: `Report number ${i}`,
    date: `2022-0${1 + (i % 9)}-1${i % 10}`,
    text: lines.join(' '),
  };
}
