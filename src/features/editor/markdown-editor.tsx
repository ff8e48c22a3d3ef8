import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';
import { useLang } from '../../i18n/i18n';
import {
  afterInputPause,
  afterPreview,
  editorShown,
  loadFirst,
  whenIdle,
} from '../../state/after-editor';
import { installInline, loadInline } from './commands/inline-loader';
import { deferredTools } from './deferred-tools';
import { textAfter } from './doc-text';
import type { EditedText } from '../../core/edited-text';
import { postCoreNow } from '../../state/post-core';
import { contentAttributes, plainMarkdownWithFrontMatter, writingKeys } from './extensions';
import { parseAhead } from './parse-ahead';
import { typedText } from './typed-text';
import { editorPhrases } from './phrases';
import { editorSetup, editorTheme, loadDarkTheme } from './setup';

interface MarkdownEditorProps {
  /** The post's full text when the editor is created; later changes come from the editor. */
  initialText: string;
  /** The document's line break, kept exactly so that the text round-trips byte for byte. */
  lineSeparator: string;
  lang: string;
  /** Called with the whole text (line breaks as in the file) after every change. */
  onText: (text: string | EditedText) => void;
  onUpdate?: (update: ViewUpdate) => void;
  /** Receives the editor's view once it exists, and null when it goes. */
  onView?: (view: EditorView | null) => void;
  extraExtensions?: Extension[];
  /** Dark colours for the editor (the app's dark theme). */
  dark?: boolean;
}

/**
 * The pause in the person's input after which the deferred tools arrive (once the preview shows
 * the post). Their full language (the HTML and YAML grammars inside Markdown) replaces the one
 * the editor starts with, and CodeMirror then parses the post again from its start: at 50,803
 * words about 330 ms of the page's thread in idle slices, and the keys typed while that parse
 * has not reached them each parse on towards it. Arriving in the first short pause (400 ms), it
 * slowed the keys typed after it; a pause of 2 s is rarely one within a sentence. Their keys
 * (search, the lint panel) do not wait: stand-ins load them when pressed.
 */
const TOOLS_PAUSE_MS = 2_000;

/**
 * Returns how the editor takes the text typed: the document's line break, the writing keys,
 * typed text as transactions, wrapped lines. The warm-up's hidden editor (warm-up.ts) has them
 * too.
 */
function writing(lineSeparator: string): Extension[] {
  return [
    EditorState.lineSeparator.of(lineSeparator),
    writingKeys(),
    typedText(),
    EditorView.lineWrapping,
  ];
}

/**
 * Returns the CodeMirror editor of the whole post text (front matter included). It owns its
 * document once created (remount it with a `key` to open another one): the initial text is read
 * once, and later props reconfigure the editor without touching its text. Once the editor has
 * shown the post, the rest of the page may load (state/after-editor.ts): the inline formatting
 * rules at once, and the editor's other deferred tools (search, the HTML grammar) once the
 * preview shows the post and the input pauses for `TOOLS_PAUSE_MS`, when the page is next idle.
 */
export const MarkdownEditor = memo(function MarkdownEditor({
  initialText,
  lineSeparator,
  lang,
  onText,
  onUpdate,
  onView,
  extraExtensions,
  dark = false,
}: MarkdownEditorProps) {
  const uiLang = useLang();
  const holder = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<EditorView | null>(null);
  const [parts] = useState(() => ({
    tools: deferredTools(plainMarkdownWithFrontMatter),
    own: new Compartment(),
    theme: new Compartment(),
  }));
  const own = useMemo(
    () => [
      ...writing(lineSeparator),
      editorPhrases(uiLang),
      contentAttributes(lang),
      ...(extraExtensions ?? []),
    ],
    [lineSeparator, lang, uiLang, extraExtensions],
  );
  // One Dark loads on the first dark editor (the app asks for it as soon as its theme is dark).
  const [, setDarkLoaded] = useState(false);
  useEffect(() => {
    if (dark)
      void loadDarkTheme().then(
        () => setDarkLoaded(true),
        () => undefined,
      );
  }, [dark]);
  const theme = editorTheme(dark);
  // The latest props, read by the editor's listener and by the first configuration.
  const latest = useRef({ onText, onUpdate, own, theme });
  useLayoutEffect(() => {
    latest.current = { onText, onUpdate, own, theme };
  });

  useLayoutEffect(() => {
    const { tools } = parts;
    // The text as last reported, from which the next one is made (doc-text.ts): with "\n" as
    // the line break the document's text is `initialText` itself.
    let text: string | EditedText = initialText;
    // When the text last changed (performance.now()): the warm-up waits while the person types.
    let lastChange = 0;
    const listener = EditorView.updateListener.of((update) => {
      if (update.docChanged) {
        lastChange = performance.now();
        const { startState, state, changes } = update;
        text = textAfter(text, startState, state, changes, postCoreNow()?.EditedText);
        latest.current.onText(text);
      }
      latest.current.onUpdate?.(update);
    });
    const state = EditorState.create({
      doc: initialText,
      selection: { anchor: 0 },
      extensions: [
        editorSetup(tools),
        parts.theme.of(latest.current.theme),
        listener,
        tools.language,
        parseAhead(),
        parts.own.of(latest.current.own),
      ],
    });
    const created = new EditorView({ state, parent: holder.current! });
    setView(created);
    editorShown();
    let live = true;
    // What typing relies on comes at once, among the first loads (a Ctrl+B pressed before it
    // came would not wrap the text typed after it); the rest once the preview shows the post and
    // the page is idle (stand-in keys load it earlier when pressed).
    void loadFirst(loadInline).then((inline) => {
      if (live) installInline(created, inline);
    });
    let stopWaiting = () => {};
    let stopWarming = () => {};
    void afterPreview().then(() => {
      if (!live) return;
      // The editor's warm-up (warm-up.ts), whose code loads only now: nothing before needs it,
      // and should it fail to load, typing only misses its head start.
      void import('./warm-up').then(
        ({ warmUpEditor }) => {
          if (!live) return;
          stopWarming = warmUpEditor(
            [editorSetup(tools), latest.current.theme, tools.language, writing(lineSeparator)],
            () => lastChange,
          );
        },
        () => undefined,
      );
      stopWaiting = afterInputPause(
        () =>
          whenIdle(
            () => {
              if (live) void tools.arrive(created);
            },
            { timeout: 2_000 },
          ),
        TOOLS_PAUSE_MS,
        null,
      );
    });
    return () => {
      live = false;
      stopWaiting();
      stopWarming();
      created.destroy();
      setView(null);
    };
    // The editor reads its initial text once; later texts come from the editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parts]);

  useEffect(() => {
    if (view && parts.own.get(view.state) !== own) {
      view.dispatch({ effects: parts.own.reconfigure(own) });
    }
  }, [view, parts, own]);
  useEffect(() => {
    if (view && parts.theme.get(view.state) !== theme) {
      view.dispatch({ effects: parts.theme.reconfigure(theme) });
    }
  }, [view, parts, theme]);
  useEffect(() => {
    onView?.(view);
    return () => onView?.(null);
  }, [view, onView]);
  return <div className="markdown-editor" ref={holder} />;
});
