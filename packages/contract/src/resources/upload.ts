import * as z from 'zod/mini';
import { DateTime } from '../common/time.js';

// Its own module: every widget that uploads (complaint photos, permit documents) needs this schema,
// and a bundle keeps every top-level statement of a module it imports from. Next to the complaint
// schemas it carried all of them into the permit form.

/** `POST /v1/uploads` answers this; the id goes into a complaint's `photoIds` or a permit's file answer. */
export const Upload = /* @__PURE__ */ z.object({
  id: z.string(),
  contentType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
  size: z.int().check(z.minimum(1)),
  /** An upload not used by then is deleted. */
  expiresAt: DateTime,
});
export type Upload = z.infer<typeof Upload>;
