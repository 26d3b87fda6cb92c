// Types for scripts/widgets-readme.mjs, for the Node test that keeps the README current.
export declare const readmePath: string;
export declare const manifestPath: string;
export declare function elementsOf(manifest: unknown): Array<{ tagName: string; name: string; modulePath: string; cssParts?: Array<{ name: string; description?: string }> }>;
export declare function updateReadme(readme: string, manifest: unknown): string;
