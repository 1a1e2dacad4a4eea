import { createPubSub } from 'graphql-yoga';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';

// The live feed: every committed change, announced to the subscribers of every server
// process. With REDIS_URL the announcements go through Redis (yoga's Redis event target),
// so a write through one process reaches clients of all; without it, they stay in
// process (the embedded default: one process). An announcement names the change only:
// subscribers read it from the database, where it was committed first.

export interface ChangeEvent {
  /** The database's epoch (DataVersion.epoch): servers of other databases on the same Redis ignore it. */
  epoch: string;
  changeId: number;
  model: string;
  recordId: number;
  areaId: number | null;
  planId: number | null;
}

const TOPIC = 'planhub:changes';
type Topics = { [TOPIC]: [ChangeEvent] };

export interface ChangeFeed {
  publish(event: ChangeEvent): void;
  subscribe(): AsyncIterable<ChangeEvent>;
  close(): Promise<void>;
}

export function createChangeFeed(redisUrl?: string): ChangeFeed {
  if (!redisUrl) {
    const pubsub = createPubSub<Topics>();
    return { publish: (e) => pubsub.publish(TOPIC, e), subscribe: () => pubsub.subscribe(TOPIC), close: async () => undefined };
  }
  // ioredis reconnects by itself (and resubscribes). While Redis is away an announcement
  // is dropped at once: a write never waits for the feed, nor fails with it.
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: null });
  for (const client of [publisher, subscribeClient]) client.on('error', () => undefined);
  // The event target does not wait for `publish`; its refusal is caught here, not left unhandled.
  const publishClient = new Proxy(publisher, {
    get: (target, prop, receiver) =>
      prop === 'publish' ? (...args: Parameters<Redis['publish']>) => target.publish(...args).catch(() => 0) : Reflect.get(target, prop, receiver),
  });
  // The target names ioredis 5 in its types; PlanHub's ioredis 6 speaks the same pub/sub API.
  const pubsub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient: publishClient as never, subscribeClient: subscribeClient as never }) });
  return {
    publish: (e) => pubsub.publish(TOPIC, e),
    subscribe: () => pubsub.subscribe(TOPIC),
    close: async () => {
      publisher.disconnect();
      subscribeClient.disconnect();
    },
  };
}
