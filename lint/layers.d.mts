/** Types of `layers.mjs`: the ESLint rule that keeps the layers of src/. */
import type { Rule } from 'eslint';
export const ALLOWED: Record<string, string[]>;
export function layerOf(file: string): string | null;
export function refusal(from: string, to: string): string | null;
export const layersRule: Rule.RuleModule;
declare const plugin: { rules: { layers: Rule.RuleModule } };
export default plugin;
