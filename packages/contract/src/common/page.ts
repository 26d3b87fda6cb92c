import * as z from 'zod/mini';

/** The envelope of every list: one page of `items` and the cursor of the next page (null at the end). */
export function Page<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
}
export type Page<Item> = { items: Item[]; nextCursor: string | null };

/** Query parameters every list accepts. */
export const PageQuery = /* @__PURE__ */ z.object({
  cursor: z.optional(z.string()),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
export type PageQuery = z.infer<typeof PageQuery>;
