/**
 * The raw HTML parser of the render pipeline (rehype-raw, which parses with parse5), apart from
 * pipeline.ts so that the code that renders posts without raw HTML can load without it (see
 * pipeline.ts). Importing this module installs it.
 */
import rehypeRaw from 'rehype-raw';
import { setRawParser } from './pipeline.ts';

setRawParser(rehypeRaw());
