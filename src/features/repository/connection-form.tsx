import { useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-en';
import type { Connection } from './connection-store';
import type { GitProgress } from './git-repo';

interface ConnectionFormProps {
  initial: Connection;
  connecting: boolean;
  progress: GitProgress | null;
  onConnect: (c: Connection) => void;
  onCancel: () => void;
}

const PHASES: Record<string, MessageKey> = {
  'Counting objects': 'repo.phase.counting',
  'Compressing objects': 'repo.phase.compressing',
  'Receiving objects': 'repo.phase.receiving',
  'Resolving deltas': 'repo.phase.resolving',
};

type TextField =
  'url' | 'branch' | 'corsProxy' | 'username' | 'token' | 'authorName' | 'authorEmail';

/**
 * Returns the connection form: repository URL, branch, folders, CORS proxy, username, token
 * (kept for the session unless "Remember on this device"), author; `Connect` clones with a
 * progress bar (phase and percentage) and `Cancel`.
 */
export function ConnectionForm(props: ConnectionFormProps) {
  const t = useT();
  const [c, setC] = useState(props.initial);
  const field = (name: TextField, label: MessageKey, type = 'text', hint?: MessageKey) => (
    <label className="repo-field">
      <span>{t(label)}</span>
      <input
        type={type}
        value={c[name]}
        required={name === 'url'}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setC({ ...c, [name]: e.target.value })}
      />
      {hint && <small>{t(hint)}</small>}
    </label>
  );
  const folder = (name: keyof Connection['folders'], label: MessageKey) => (
    <label className="repo-field">
      <span>{t(label)}</span>
      <input
        value={c.folders[name]}
        onChange={(e) => setC({ ...c, folders: { ...c.folders, [name]: e.target.value } })}
      />
    </label>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onConnect(c);
  };
  const p = props.progress;
  const percent = p && p.total > 0 ? Math.round((100 * p.loaded) / p.total) : null;
  const phase = p ? (PHASES[p.phase] ? t(PHASES[p.phase]) : p.phase) : t('repo.phase.start');
  return (
    <form className="repo-form" onSubmit={submit}>
      {field('url', 'repo.url', 'url')}
      {field('branch', 'repo.branch', 'text', 'repo.branchHint')}
      {folder('posts', 'repo.postsFolder')}
      {folder('drafts', 'repo.draftsFolder')}
      {folder('media', 'repo.mediaFolder')}
      {field('corsProxy', 'repo.corsProxy', 'url', 'repo.corsHint')}
      {field('username', 'repo.username')}
      {field('token', 'repo.token', 'password')}
      <label className="repo-check">
        <input
          type="checkbox"
          checked={c.remember}
          onChange={(e) => setC({ ...c, remember: e.target.checked })}
        />
        {t('repo.remember')}
      </label>
      {field('authorName', 'repo.authorName')}
      {field('authorEmail', 'repo.authorEmail', 'email')}
      <div className="repo-actions">
        <button type="submit" disabled={props.connecting}>
          {t('repo.connect')}
        </button>
        {props.connecting && (
          <button type="button" onClick={props.onCancel}>
            {t('repo.cancel')}
          </button>
        )}
      </div>
      {props.connecting && (
        <div className="repo-progress">
          <span>{t('repo.progress', { phase })}</span>
          <progress
            max={100}
            value={percent ?? undefined}
            aria-label={t('repo.progress', { phase })}
          >
            {percent ?? ''}
          </progress>
          {percent !== null && <span>{percent}%</span>}
        </div>
      )}
    </form>
  );
}
