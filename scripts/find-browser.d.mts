export interface LookupOptions {
  platform?: string;
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
}
export class BrowserNotFoundError extends Error {}
export function chromiumCandidates(
  platform: string,
  env: Record<string, string | undefined>,
): string[];
export function firefoxCandidates(
  platform: string,
  env: Record<string, string | undefined>,
): string[];
export function findChromium(options?: LookupOptions): string;
export function findFirefox(options?: LookupOptions): string;
export interface SandboxOptions {
  platform?: string;
  uid?: number;
  env?: Record<string, string | undefined>;
}
export function needsNoSandbox(options?: SandboxOptions): boolean;
export function sandboxArgs(options?: SandboxOptions): string[];
