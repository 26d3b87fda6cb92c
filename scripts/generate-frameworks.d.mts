// Types of scripts/generate-frameworks.mjs for the tests that check what it writes.
export interface GeneratedFiles {
  elements: { tagName: string; className: string; importPath: string; events: { name: string; className?: string }[] }[];
  /** Shipped in @layanan/widgets, written by `npm run build`: path from the repository root → text. */
  widgets: Record<string, string>;
  /** packages/react/src, committed and written by `npm run frameworks`. */
  react: Record<string, string>;
  /** packages/react/package.json `exports`. */
  reactExports: Record<string, unknown>;
}
export function generate(manifest: unknown, widgetsPackage: { name: string; version: string; exports: Record<string, unknown> }): GeneratedFiles;
export function generateFromDisk(): GeneratedFiles;
