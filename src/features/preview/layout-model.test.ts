import { describe, expect, it } from 'vitest';
import { parsePost } from '../../core/post';
import { buildPostLayoutModel, truncateLiquid, youtubeId } from './layout-model';
import { corpusFiles, readPostFile, samplePostText } from '../../../fixtures/paths.mjs';

const sample = samplePostText();

describe('truncateLiquid', () => {
  it("cuts like Liquid's truncate: length - 3 characters then '...'", () => {
    const cut = truncateLiquid('Encuentro Regional de la Alianza para el Gobierno Abierto', 42);
    expect(cut).toMatchObject({ cut: true, ellipsis: '...' });
    expect(cut.kept).toBe('Encuentro Regional de la Alianza para e');
    expect(Array.from(cut.kept + cut.ellipsis)).toHaveLength(42);
    expect(truncateLiquid('Corto', 42)).toEqual({
      kept: 'Corto',
      ellipsis: '',
      full: 'Corto',
      cut: false,
    });
  });

  it('counts code points, so an emoji is not split', () => {
    const cut = truncateLiquid('😀'.repeat(50), 42);
    expect(cut.kept).toBe('😀'.repeat(39));
  });
});

describe('buildPostLayoutModel', () => {
  it('shows the sample post as the blog does', () => {
    const model = buildPostLayoutModel(parsePost(sample).data, { lang: 'es', siteUrl: '' });
    expect(model.title.cut).toBe(true);
    expect(model.title.full).toMatch(/^Encuentro Regional .* Montevideo$/);
    expect(model.date).toBe('3 de Junio, 2016');
    expect(model.dateWritten).toBe('2016-06-03 12:00:00 -0300');
    expect(model.images).toEqual([
      {
        src: 'https://68.media.tumblr.com/ccee27207ead99fc7b606670ff80b39a/tumblr_inline_o879wqbazZ1r9usgg_500.jpg',
        written:
          '//68.media.tumblr.com/ccee27207ead99fc7b606670ff80b39a/tumblr_inline_o879wqbazZ1r9usgg_500.jpg',
        caption: 'lorem caption ipsum',
      },
    ]);
    expect(model.intro.cut).toBe(false);
    expect(buildPostLayoutModel(parsePost(sample).data, { lang: 'en', siteUrl: '' }).date).toBe(
      'June 3, 2016',
    );
  });

  it('refuses unsafe image URLs, resolves relative ones against the site', () => {
    const model = buildPostLayoutModel(
      {
        single_image: [
          { img: 'javascript:alert(1)', caption: '<b>x</b>' },
          { img: '{{ site.baseurl }}/images/a.jpg' },
          { img: ' java\tscript:alert(1)' },
        ],
      },
      { lang: 'es', siteUrl: 'https://blog.example.org/' },
    );
    expect(model.images.map((i) => i.src)).toEqual([
      null,
      'https://blog.example.org/images/a.jpg',
      null,
    ]);
    expect(model.images[0].caption).toBe('<b>x</b>');
  });

  it('reads a YouTube video id or URL when there is no image', () => {
    expect(youtubeId('dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(youtubeId('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3')).toBe('dQw4w9WgXcQ');
    expect(youtubeId('https://youtu.be/dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(youtubeId('javascript:alert(1)//dQw4w9WgXcQ')).toBeNull();
    const model = buildPostLayoutModel({ video: 'dQw4w9WgXcQ' }, { lang: 'es', siteUrl: '' });
    expect(model.video).toEqual({ written: 'dQw4w9WgXcQ', youtubeId: 'dQw4w9WgXcQ' });
  });

  it('builds a model for every corpus post without throwing, with only http(s) images', () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(250);
    let withImages = 0;
    for (const file of files) {
      const model = buildPostLayoutModel(parsePost(readPostFile(file)).data, {
        lang: 'es',
        siteUrl: '',
      });
      for (const img of model.images) {
        if (img.src) expect(img.src).toMatch(/^https?:\/\//);
      }
      if (model.images.some((i) => i.src)) withImages++;
    }
    expect(withImages).toBeGreaterThan(10);
  });
});
