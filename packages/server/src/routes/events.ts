import type { ApiRouter } from '../http/route';
import type { ApiContext } from './context';

/** A comment line now and then keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

export function eventRoutes(router: ApiRouter, ctx: ApiContext): ApiRouter {
  return router.add(
    {
      method: 'get',
      path: '',
      summary: 'Server-sent events: new documents, entities and relations',
      description:
        'text/event-stream with events `document` {id,title}, `entity` {id,label,entityType} and `relation` {id,source,target,relation}.',
      produces: ['text/event-stream'],
    },
    (_input, req, res) => {
      res.status(200).set({
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.flushHeaders();
      res.write('retry: 3000\n\n');
      // JSON.stringify escapes line breaks, so one event's data stays on one `data:` line.
      const unsubscribe = ctx.events.subscribe((event) => {
        res.write(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      ctx.streams.add(res);
      req.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        ctx.streams.delete(res);
      });
      return undefined;
    },
  );
}
