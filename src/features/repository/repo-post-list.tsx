import { useMemo, useState } from 'react';
import { searchRepoPosts, type RepoPost } from '../../core/repo-posts';
import { useT } from '../../i18n/i18n';

interface RepoPostListProps {
  posts: readonly RepoPost[];
  onOpen: (post: RepoPost) => void;
}

/** Returns the search box and the list `Repository posts`: title, date and an Open button each. */
export function RepoPostList({ posts, onOpen }: RepoPostListProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchRepoPosts(posts, query), [posts, query]);
  return (
    <div className="repo-posts">
      <input
        type="search"
        aria-label={t('repo.search')}
        placeholder={t('repo.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {shown.length === 0 && <p>{t('repo.none')}</p>}
      <ul aria-label={t('repo.posts')} className="repo-post-list">
        {shown.map((p) => (
          <li key={p.path} className="repo-post">
            <span className="repo-post-title">{p.title}</span>
            <span className="repo-post-meta">
              {p.date && <time>{p.date}</time>}
              {p.date && ' · '}
              <code>{p.path}</code>
              {p.draft && <em> {t('repo.draft')}</em>}
            </span>
            <button
              type="button"
              aria-label={t('repo.openPost', { title: p.title })}
              onClick={() => onOpen(p)}
            >
              {t('repo.open')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
