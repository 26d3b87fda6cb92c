// `npm run openapi`: writes packages/contract/openapi.json from the zod schemas.
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '@layanan/contract';

const target = new URL('../packages/contract/openapi.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
