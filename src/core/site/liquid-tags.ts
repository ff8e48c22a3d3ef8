/**
 * Jekyll's own Liquid tags for liquidjs: `include` and `include_relative` (Jekyll's parameter
 * syntax and file-name rules, files from memory), `post_url`, `link` and `highlight` (Jekyll's
 * wrapper around the code, without rouge's token spans). Error messages are Jekyll's.
 */
import {
  Tag,
  Value,
  type Context,
  type Emitter,
  type Liquid,
  type Parser,
  type TagToken,
  type Template,
  type TopLevelToken,
} from 'liquidjs';

/** What the tags need from the site. */
export interface TagSite {
  files: ReadonlyMap<string, string>;
  postUrls: ReadonlyMap<string, string>;
  fileUrls: ReadonlyMap<string, string>;
  /** Returns the parsed templates of `source`, the text of `file` (cached). */
  parse(source: string, file: string): Template[];
  /** Jekyll's relative_url. */
  relativeUrl(url: string): string;
}

const VALID_PARAM =
  /([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))/g;
const FULL_VALID_PARAMS = new RegExp(`^\\s*(?:${VALID_PARAM.source}(?=\\s|$)\\s*)*$`);
const VARIABLE_SYNTAX =
  /^(?<variable>[^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|[\s\S]*)?\}\}[^\s{}]*)+)(?<params>[\s\S]*)$/;
const VALID_FILENAME = /^[\w/.\-()+~#@]+$/;
const INVALID_SEQUENCES = /[./]{2,}/;

type Param = [key: string, value: string | Value];

/** Returns the folder of a path relative to the site root ('' for the root). */
const folderOf = (path: string) => path.split('/').slice(0, -1).join('/');

/** Returns the tag classes, bound to `site`. */
export function jekyllTags(site: TagSite): Record<string, new (...args: never[]) => Tag> {
  class IncludeTag extends Tag {
    private readonly file: string;
    private readonly fileTemplate: Template[] | null = null;
    private readonly params: Param[] | null = null;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      const markup = token.args.trim();
      const variable = VARIABLE_SYNTAX.exec(markup);
      let params: string | undefined;
      if (variable?.groups) {
        this.file = variable.groups.variable.trim();
        params = variable.groups.params.trim();
        this.fileTemplate = liquid.parse(this.file, token.file);
      } else {
        const cut = markup.search(/\s/);
        this.file = cut < 0 ? markup : markup.slice(0, cut);
        params = cut < 0 ? undefined : markup.slice(cut).trim();
      }
      if (params === undefined) return;
      if (!FULL_VALID_PARAMS.test(params)) {
        throw new Error(
          `Invalid syntax for include tag:\n\n${params}\n\nValid syntax:\n\n${this.example()}\n\n`,
        );
      }
      this.params = [...params.matchAll(VALID_PARAM)].map(([, key, dq, sq, name]): Param => {
        if (dq !== undefined) return [key, dq.replace(/\\"/g, '"')];
        if (sq !== undefined) return [key, sq.replace(/\\'/g, "'")];
        return [key, new Value(name, liquid)];
      });
    }

    protected example(): string {
      return `{% ${this.name} file.ext param='value' param2='value' %}`;
    }

    /** Returns the folders the file is looked up in. */
    protected folders(_ctx: Context): string[] {
      return ['_includes'];
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const file = this.fileTemplate
        ? String(yield this.liquid.renderer.renderTemplates(this.fileTemplate, ctx))
        : this.file;
      if (INVALID_SEQUENCES.test(file) || !VALID_FILENAME.test(file)) {
        throw new Error(
          'Invalid syntax for include tag. File contains invalid characters or sequences:\n\n' +
            `  ${file}\n\nValid syntax:\n\n  ${this.example()}\n\n`,
        );
      }
      const folders = this.folders(ctx);
      const path = folders
        .map((folder) => (folder ? `${folder}/${file}` : file))
        .find((candidate) => site.files.has(candidate));
      if (path === undefined) {
        throw new Error(
          `Could not locate the included file '${file}' in any of ${JSON.stringify(folders)}. ` +
            'Ensure it exists in one of those directories and, if it is a symlink, does not ' +
            'point outside your site source.',
        );
      }
      const templates = site.parse(site.files.get(path) ?? '', path);
      const scope: Record<string, unknown> = {};
      if (this.params) {
        const include: Record<string, unknown> = {};
        for (const [key, value] of this.params) {
          include[key] = typeof value === 'string' ? value : yield value.value(ctx, false);
        }
        scope.include = include;
      }
      ctx.push(scope);
      try {
        yield this.liquid.renderer.renderTemplates(templates, ctx, emitter);
      } finally {
        ctx.pop();
      }
    }
  }

  class IncludeRelativeTag extends IncludeTag {
    /** Jekyll looks beside the page being rendered (a post's own folder), not the layout. */
    protected folders(ctx: Context): string[] {
      const page = ctx.getSync(['page', 'path']);
      const current = this.token.file ?? '';
      return [folderOf(typeof page === 'string' ? page.replace(/\/#excerpt$/, '') : current)];
    }
  }

  class PostUrlTag extends Tag {
    private readonly post: string;

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.post = token.args.trim();
      if (!/^(.+\/)*(\d+-\d+-\d+)-(.*)$/.test(this.post.replace(/^\//, ''))) {
        throw new Error(
          `Could not parse name of post "${this.post}" in tag 'post_url'.\n` +
            ' Make sure the post exists and the name is correct.\n',
        );
      }
    }

    render(): string {
      const url = site.postUrls.get(this.post.replace(/^\//, ''));
      if (url === undefined) {
        throw new Error(
          `Could not find post "${this.post}" in tag 'post_url'.\n` +
            'Make sure the post exists and the name is correct.\n',
        );
      }
      return site.relativeUrl(url);
    }
  }

  class LinkTag extends Tag {
    private readonly path: Template[];

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.path = liquid.parse(token.args.trim(), token.file);
    }

    *render(ctx: Context): Generator<unknown, string, unknown> {
      const path = String(yield this.liquid.renderer.renderTemplates(this.path, ctx));
      const url = site.fileUrls.get(path) ?? site.fileUrls.get(path.replace(/^\/+/, ''));
      if (url === undefined) {
        throw new Error(
          `Could not find document '${path}' in tag 'link'.\n\n` +
            'Make sure the document exists and the path is correct.\n',
        );
      }
      return site.relativeUrl(url);
    }
  }

  class HighlightTag extends Tag {
    private readonly lang: string;
    private readonly linenos: boolean;
    private readonly body: Template[] = [];

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid);
      const markup = token.args.trim();
      const m = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/.exec(markup);
      if (!m) {
        throw new Error(
          `Syntax Error in tag 'highlight' while parsing the following markup:\n\n  ${markup}\n\n` +
            'Valid syntax: highlight <lang> [linenos]\n',
        );
      }
      this.lang = m[1].toLowerCase();
      this.linenos = /(?:^|\s)linenos(?:=|\s|$)/.test(m[2]);
      for (;;) {
        const next = remain.shift();
        if (!next) throw new Error(`tag ${token.getText()} not closed`);
        if ('name' in next && (next as TagToken).name === 'endhighlight') break;
        this.body.push(parser.parseToken(next, remain));
      }
    }

    *render(ctx: Context): Generator<unknown, string, unknown> {
      const text = String(yield this.liquid.renderer.renderTemplates(this.body, ctx));
      const code = text
        .replace(/^[\n\r]+|[\n\r]+$/g, '')
        .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
      const inner = this.linenos ? table(code) : code;
      const attributes = `class="language-${this.lang.replace(/\+/g, '-')}" data-lang="${this.lang}"`;
      return `<figure class="highlight"><pre><code ${attributes}>${inner}</code></pre></figure>`;
    }
  }

  return {
    include: IncludeTag,
    include_relative: IncludeRelativeTag,
    post_url: PostUrlTag,
    link: LinkTag,
    highlight: HighlightTag,
  };
}

/** Returns the code in rouge's line-number table, as Jekyll prints `highlight … linenos`. */
function table(code: string): string {
  const gutter = code
    .split('\n')
    .map((_, i) => `${i + 1}\n`)
    .join('');
  return (
    '<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">' +
    `${gutter}</pre></td><td class="code"><pre>${code}\n</pre></td></tr></tbody></table>`
  );
}
