/**
 * Serialised answers kept for reuse, for endpoints whose answer depends only on the in-memory
 * graph and the request (the neighbourhood of an entity): least recently used first out, bounded
 * by bytes, and emptied whenever the graph's version changes (every ingest, every metrics
 * recomputation), so that a cached answer is never older than the graph.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;
  private version = -1;
  hits = 0;
  misses = 0;

  constructor(
    /** Most bytes held; 0 turns the cache off. */
    readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get heldBytes(): number {
    return this.bytes;
  }

  get(version: number, key: string): Buffer | undefined {
    if (this.maxBytes === 0) return undefined;
    this.sync(version);
    const body = this.entries.get(key);
    if (body === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, body);
    return body;
  }

  set(version: number, key: string, body: Buffer): void {
    // One answer may take at most an eighth of the cache, so that a few huge ones do not flush it.
    if (body.length > this.maxBytes / 8) return;
    this.sync(version);
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= old.length;
    }
    while (this.bytes + body.length > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.entries.delete(oldestKey);
      this.bytes -= oldest.length;
    }
    this.entries.set(key, body);
    this.bytes += body.length;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private sync(version: number): void {
    if (version === this.version) return;
    this.clear();
    this.version = version;
  }
}
