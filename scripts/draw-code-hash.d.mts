// Types for draw-code-hash.mjs, imported by the API in development and tests.
export declare const DRAW_CODE_FILES: readonly string[];
export declare const REPO_ROOT: string;
export declare function drawCodeLines(root: string): string[];
export declare function drawCodeHash(root: string): string;
export declare function drawProducer(root: string): { software: string; version: string; drawCodeSha256: string };
