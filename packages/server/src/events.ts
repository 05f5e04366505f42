/**
 * What ingest announces to `/api/events` listeners: one event per new document, entity and
 * relation. A plain typed fan-out; the SSE route turns each event into a `text/event-stream` frame.
 */
export type GraphEvent =
  | { type: 'document'; data: { id: string; title?: string } }
  | { type: 'entity'; data: { id: string; label: string; entityType: string } }
  | { type: 'relation'; data: { id: string; source: string; target: string; relation: string } };

export type GraphEventListener = (event: GraphEvent) => void;

export class EventHub {
  private readonly listeners = new Set<GraphEventListener>();

  subscribe(listener: GraphEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: GraphEvent): void {
    // A failing listener (a closed socket) must not stop the others nor the ingest that published.
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        this.listeners.delete(listener);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
