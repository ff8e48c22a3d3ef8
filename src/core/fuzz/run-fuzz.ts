/**
 * The long fuzz run (`npm run fuzz`): every property of `properties.ts` with its long-run case
 * count (about 115,000 in all), one fixed seed that is printed, and a table of properties ×
 * cases × time × failures. `FUZZ_SEED` and `FUZZ_SCALE` (a factor on the case counts) override
 * the defaults. Runs under vitest with `vitest.fuzz.config.mjs` beside this file.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fuzzProperties, setFieldOutcomes, typingOutcomes } from './properties.ts';

const env = import.meta.env as Record<string, string | undefined>;
const seed = Number(env.FUZZ_SEED ?? 20_250_611);
const scale = Number(env.FUZZ_SCALE ?? 1);

interface Row {
  property: string;
  cases: number;
  seconds: number;
  failures: number;
}

test('long fuzz run', () => {
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const p of fuzzProperties()) {
    const numRuns = Math.max(1, Math.round(p.longRuns * scale));
    const start = performance.now();
    const result = fc.check(p.property, { numRuns, seed });
    const seconds = (performance.now() - start) / 1000;
    rows.push({
      property: p.name,
      cases: result.numRuns,
      seconds,
      failures: result.failed ? 1 : 0,
    });
    if (result.failed) failures.push(`${p.name}:\n${fc.defaultReportMessage(result)}`);
  }
  const total = rows.reduce((sum, r) => sum + r.cases, 0);
  const lines = [
    `fuzz seed ${seed}, scale ${scale}`,
    `${'property'.padEnd(52)} ${'cases'.padStart(7)} ${'time'.padStart(8)} failures`,
    ...rows.map(
      (r) =>
        `${r.property.padEnd(52)} ${String(r.cases).padStart(7)} ${`${r.seconds.toFixed(1)} s`.padStart(8)} ${r.failures}`,
    ),
    `${'total'.padEnd(52)} ${String(total).padStart(7)} ${`${rows.reduce((s, r) => s + r.seconds, 0).toFixed(1)} s`.padStart(8)} ${failures.length}`,
    `setField outcomes: ${JSON.stringify(setFieldOutcomes)}`,
    `typing fast path outcomes: ${JSON.stringify(typingOutcomes)}`,
  ];
  console.log(lines.join('\n'));
  expect(failures).toEqual([]);
});
