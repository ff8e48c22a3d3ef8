import { describe, expect, it } from 'vitest';
import { corpusFiles, readPostFile } from '../../../fixtures/paths.mjs';
import { parsePost } from '../post';
import { liquidProblems } from './liquid-check';

describe('liquidProblems', () => {
  it('finds nothing in the corpus’s real posts, which their sites built', () => {
    const found = corpusFiles()
      .map((file) => ({ file, problems: liquidProblems(parsePost(readPostFile(file)).body) }))
      .filter((r) => r.problems.length > 0);
    expect(found).toEqual([]);
  });

  it('finds unclosed tags, outputs and blocks, and stray ends', () => {
    expect(liquidProblems('{% if a %}x')).toEqual([
      { at: 0, kind: 'unclosed-block', detail: 'if' },
    ]);
    expect(liquidProblems('a {% endfor %}')).toEqual([{ at: 2, kind: 'stray-end', detail: 'for' }]);
    expect(liquidProblems('a {{ b')).toEqual([{ at: 2, kind: 'unclosed-output', detail: '' }]);
    expect(liquidProblems('a {% include x')).toEqual([{ at: 2, kind: 'unclosed-tag', detail: '' }]);
  });

  it('reads nothing inside raw and comment, as Liquid does', () => {
    expect(liquidProblems('{% raw %}{% if {{ {% endraw %}')).toEqual([]);
    expect(liquidProblems('{% comment %}{% for x %}{% endcomment %}')).toEqual([]);
    expect(
      liquidProblems('{% highlight ruby %}x{% endhighlight %}{% for a in b %}{% endfor %}'),
    ).toEqual([]);
  });
});
