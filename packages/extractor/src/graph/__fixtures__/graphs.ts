import { GraphBuilder } from '../builder';
import { assignLayout } from '../layout';
import { assignMetrics } from '../metrics';
import type { NewsGraph } from '../types';
import { makeResolved, sampleArticles } from './extractions';

/** The sample articles plus an article whose names and sentences are hard on encoders. */
export function sampleGraph({ dated = true, laidOut = true } = {}): NewsGraph {
  const builder = new GraphBuilder();
  const articles = [
    ...sampleArticles(),
    makeResolved({
      id: 'tricky-3',
      title: 'Envoys, "quotes" & <tags>',
      date: '2022-02-17',
      sentences: [
        'In Washington, D.C., Blinken said: "We\'re ready" — and\tmeant it.',
        '=Blinken met Lavrov, 1 + 1 = 2.',
      ],
      entities: [
        {
          id: 'washington-dc',
          label: 'Washington, D.C.',
          type: 'location',
          aliases: ['Washington, D.C.', 'Washington'],
        },
        { id: 'antony-blinken', label: 'Antony Blinken', aliases: ['Blinken', 'Antony "Tony" Blinken'] },
        { id: 'sergei-lavrov', label: 'Sergei Lavrov', aliases: ['Lavrov'] },
      ],
      relations: [
        [1, 'located-in', 0, 0],
        [1, 'met-with', 2, 1],
      ],
      statements: [[1, 'said', 0]],
    }),
  ];
  for (const article of articles) {
    if (!dated) delete article.extraction.document.date;
    if (!dated)
      for (const e of article.entities) {
        delete e.firstSeen;
        delete e.lastSeen;
      }
    builder.addDocument(article);
  }
  if (laidOut) {
    assignMetrics(builder.graph);
    assignLayout(builder.graph, { iterations: 50 });
  }
  return builder.graph;
}
