/** A small hand-made news graph for the unit tests (facts are real, sentences our own). */
import { parseGraph, type DataGraph } from './graph-data';

export function sampleGraph(): DataGraph {
  return parseGraph({
    nodes: [
      {
        key: 'putin',
        attributes: {
          label: 'Vladimir Putin',
          entityType: 'person',
          aliases: ['Putin'],
          mentions: 9,
          pagerank: 0.3,
          degree: 3,
          firstSeen: '2022-02-14',
          lastSeen: '2022-02-15',
        },
      },
      {
        key: 'scholz',
        attributes: {
          label: 'Olaf Scholz',
          entityType: 'person',
          aliases: ['Scholz', 'Chancellor Scholz'],
          mentions: 5,
          pagerank: 0.2,
          degree: 2,
          firstSeen: '2022-02-15',
          lastSeen: '2022-02-15',
        },
      },
      {
        key: 'nato',
        attributes: {
          label: 'NATO',
          entityType: 'organization',
          aliases: [],
          mentions: 4,
          pagerank: 0.1,
          degree: 1,
          firstSeen: '2022-02-10',
          lastSeen: '2022-02-10',
        },
      },
      {
        key: 'ukraine',
        attributes: {
          label: 'Ukraine',
          entityType: 'location',
          aliases: [],
          mentions: 7,
          pagerank: 0.25,
          degree: 2,
        },
      },
      { key: 'x', attributes: { label: 'Something', entityType: 'date', mentions: 1 } },
    ],
    edges: [
      {
        key: 'e1',
        source: 'putin',
        target: 'scholz',
        attributes: { relation: 'met-with', weight: 3, firstSeen: '2022-02-15', lastSeen: '2022-02-15' },
      },
      {
        key: 'e2',
        source: 'scholz',
        target: 'putin',
        attributes: { relation: 'urged', weight: 1, firstSeen: '2022-02-15' },
      },
      { key: 'e3', source: 'putin', target: 'scholz', attributes: { relation: 'co-mention', weight: 5 } },
      {
        key: 'e4',
        source: 'nato',
        target: 'putin',
        attributes: { relation: 'warned', weight: 2, firstSeen: '2022-02-10', lastSeen: '2022-02-10' },
      },
      {
        key: 'e5',
        source: 'ukraine',
        target: 'nato',
        attributes: { relation: 'located-in', weight: 1, modality: 'hypothetical' },
      },
    ],
  });
}
