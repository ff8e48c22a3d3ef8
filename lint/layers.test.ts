import path from 'node:path';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerOf, layersRule } from './layers.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const at = (file: string) => path.join(ROOT, file);

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('pluma/layers', layersRule, {
  valid: [
    { filename: at('src/features/drafts/a.ts'), code: "import { x } from '../../storage';" },
    {
      filename: at('src/features/drafts/a.ts'),
      code: "import { x } from '../../core/render/blocks';",
    },
    { filename: at('src/features/drafts/a.ts'), code: "import { x } from './b';" },
    { filename: at('src/features/drafts/deep/a.ts'), code: "import { x } from '../b';" },
    { filename: at('src/app/app.tsx'), code: "import { x } from '../features/drafts/b';" },
    { filename: at('src/storage/a.ts'), code: "import { x } from './backup.ts';" },
    {
      filename: at('src/workers/w.ts'),
      code: "import { x } from '../core/render/worker-protocol';",
    },
    { filename: at('src/features/drafts/a.test.ts'), code: "import { x } from '../preview/b';" },
    { filename: at('src/core/a.ts'), code: "import { x } from 'yaml';" },
    { filename: at('src/i18n/a.ts'), code: "import { localValue } from '../storage';" },
  ],
  invalid: [
    ['src/core/render/a.ts', "import { x } from '../../features/preview/b';"],
    ['src/core/a.ts', "export * from '../state/post-store';"],
    ['src/core/a.ts', "const m = import('../storage');"],
    ['src/storage/a.ts', "import { x } from '../features/drafts/b';"],
    ['src/storage/a.ts', "import { x } from '../app/app';"],
    ['src/state/a.ts', "import { x } from '../features/preview/b';"],
    ['src/features/drafts/a.ts', "import { x } from '../preview/b';"],
    ['src/features/drafts/deep/a.ts', "import { x } from '../../preview/deep/b';"],
    ['src/features/drafts/a.ts', "export { x } from '../../features/editor/b';"],
    ['src/features/drafts/a.ts', "import { x } from '../../app/app';"],
    ['src/workers/w.ts', "import { x } from '../features/preview/worker-protocol';"],
    ['src/workers/w.ts', "import { x } from '../storage';"],
    ['src/i18n/a.ts', "import { x } from '../features/settings/b';"],
    ['src/i18n/a.ts', "import { x } from '../state/post-store';"],
    ['src/features/drafts/a.ts', "import { x } from '../../storage/backup';"],
  ].map(([file, code]) => ({ filename: at(file), code, errors: 1 })),
});

describe('layerOf', () => {
  it('names folders of src/, features one by one, and the files right in src/', () => {
    expect(layerOf(at('src/core/render/blocks.ts'))).toBe('core');
    expect(layerOf(at('src/features/drafts/x/y.ts'))).toBe('features/drafts');
    expect(layerOf(at('src/main.tsx'))).toBe('root');
    expect(layerOf(at('src/storage'))).toBe('storage');
    expect(layerOf('/elsewhere/x.ts')).toBeNull();
  });
});

describe('the project lint config', () => {
  it('fails on a cross-feature import, as `npm run lint` would', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const code = "import { DraftsPanel } from '../drafts/drafts-panel';\nexport { DraftsPanel };\n";
    const [result] = await eslint.lintText(code, {
      filePath: at('src/features/preview/cross-feature.ts'),
    });
    expect(result.messages.map((m) => m.ruleId)).toContain('pluma/layers');
  });

  it('fails on React in storage and on the DOM in core', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const [storage] = await eslint.lintText("import { useState } from 'react';\nuseState(0);\n", {
      filePath: at('src/storage/react-here.ts'),
    });
    expect(storage.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [core] = await eslint.lintText('export const w = window.innerWidth;\n', {
      filePath: at('src/core/dom-here.ts'),
    });
    expect(core.messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
  });
});
