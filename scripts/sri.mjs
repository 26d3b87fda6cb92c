// Prints the Subresource Integrity hash of each file an agency loads straight from a CDN, and keeps
// them in packages/widgets/dist/sri.json, so the README's <script integrity="…"> can be copied as is.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'packages/widgets/dist';
const { version } = JSON.parse(readFileSync('packages/widgets/package.json', 'utf8'));
const files = ['layanan.js'];

const hashes = Object.fromEntries(files.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(dist, file))).digest('base64')}`]));
writeFileSync(join(dist, 'sri.json'), JSON.stringify({ version, files: hashes }, null, 2) + '\n');
for (const [file, integrity] of Object.entries(hashes)) {
  console.log(`SRI ${file}: <script type="module" src="https://cdn.jsdelivr.net/npm/@layanan/widgets@${version}/dist/${file}" integrity="${integrity}" crossorigin="anonymous"></script>`);
}
