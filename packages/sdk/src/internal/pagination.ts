import type { Page } from '@layanan/contract';

/** Every item of a cursor-paginated list, fetched a page at a time as the loop asks for more. */
export interface PageIterator<Item> extends AsyncIterable<Item> {
  /** The first `limit` items (required: lists can be long). */
  toArray(options: { limit: number }): Promise<Item[]>;
}

/** Walks `{ items, nextCursor }` pages: `for await (const item of list) …`, or `await list.toArray({ limit: 50 })`. */
export function paginate<Item>(fetchPage: (cursor: string | undefined) => Promise<Page<Item>>): PageIterator<Item> {
  async function* items(): AsyncGenerator<Item> {
    let cursor: string | undefined;
    do {
      const page = await fetchPage(cursor);
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return {
    [Symbol.asyncIterator]: items,
    async toArray({ limit }) {
      const out: Item[] = [];
      if (limit <= 0) return out;
      for await (const item of items()) {
        out.push(item);
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}
