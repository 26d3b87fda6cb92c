export function bundleSize(input: string): Promise<{ min: number; gzip: number; lazy: number }>;
export function bundleSizeOf(entries: string[]): Promise<{ min: number; gzip: number; lazy: number }>;
export const widgetEntries: Record<string, string>;
export const cdnEntry: string;
export const budgets: { widget: number; serviceWidget: number; all: number };
export function budgetOf(tag: string): number;
