import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name === 'MANIFEST.tsv' ? [] : [full];
  });
}
function body(file: string): string {
  const text = readFileSync(file, 'utf8');
  const match = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}
test('bench', () => {
  const blog = files(path.join(CORPUS, 'ciudadanointeligente-blog')).sort().map(body);
  const rest = files(CORPUS).sort().map(body);
  let text = '';
  for (const b of [...blog, ...rest]) {
    if (text.split(/\s+/).length >= 50000) break;
    text += b + '\n\n';
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const raw = (text.match(/<[a-z]/gi) ?? []).length;
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    renderMarkdown(text);
    times.push(performance.now() - t);
  }
  const sorted = times.slice(1).sort((a, b) => a - b);
  console.log(`words=${words} chars=${text.length} tags~${raw} first=${times[0].toFixed(0)}ms median=${sorted[2].toFixed(0)}ms min=${sorted[0].toFixed(0)}ms`);
}, 120000);
