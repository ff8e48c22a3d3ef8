import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const CODE = /\.(ts|tsx|mjs|js|cjs)$/;

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'corpus') return [];
    return statSync(full).isDirectory() ? codeFiles(full) : CODE.test(name) ? [full] : [];
  });
}

describe('the repository stands alone', () => {
  it('no code or test reaches for files beside the repository (the shared folder)', () => {
    const files = ['src', 'e2e', 'bench', 'lint', 'fixtures'].flatMap((d) =>
      codeFiles(path.join(ROOT, d)),
    );
    expect(files.length).toBeGreaterThan(100);
    // Built so that this file does not name the path it looks for.
    const beside = ['..', 'shared'].join('/');
    const offenders = files.filter((f) => readFileSync(f, 'utf8').includes(beside));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
