import type { SiteNotice } from '../../core/site/render-page';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-en';
import type { SiteSource } from '../../state/site-store';

interface SiteBarProps {
  site: SiteSource;
  /** Whether the preview uses the site's own layout (else Pluma's built-in one). */
  on: boolean;
  onToggle: (on: boolean) => void;
  notices: readonly SiteNotice[];
}

/** Returns the sentence for a notice, in the UI's language. */
function useNoticeText(): (notice: SiteNotice) => string {
  const t = useT();
  return (notice) => {
    const { file, line, detail } = notice;
    const keys: Record<SiteNotice['kind'], [MessageKey, MessageKey]> = {
      'liquid-error': ['site.liquidError', 'site.liquidErrorNoLine'],
      'body-liquid-error': ['site.bodyLiquidError', 'site.bodyLiquidErrorNoLine'],
      'unknown-tag': ['site.unknownTag', 'site.unknownTag'],
      'missing-layout': ['site.missingLayout', 'site.missingLayout'],
      'site-problem': ['site.problem', 'site.problem'],
    };
    const [withLine, without] = keys[notice.kind];
    return t(line === null ? without : withLine, { file, line: line ?? 0, detail });
  };
}

/**
 * Returns the bar above the preview when a site is loaded: the switch between the site's own
 * layout and Pluma's, where the site came from, and what the site's templates got wrong (a
 * Liquid error in full view; other notes folded).
 */
export function SiteBar({ site, on, onToggle, notices }: SiteBarProps) {
  const t = useT();
  const say = useNoticeText();
  const errors = notices.filter((n) => n.kind === 'liquid-error' || n.kind === 'body-liquid-error');
  const notes = notices.filter((n) => !errors.includes(n));
  return (
    <div className="preview-site-bar">
      <label className="preview-site-toggle">
        <input type="checkbox" checked={on} onChange={(e) => onToggle(e.target.checked)} />
        <span>{t('site.useLayout')}</span>
      </label>
      <span className="preview-site-origin">
        {t(site.origin === 'folder' ? 'site.from.folder' : 'site.from.repository', {
          name: site.name,
        })}
      </span>
      {on && errors.length > 0 && (
        <ul className="preview-site-errors" role="alert">
          {errors.map((n, i) => (
            <li key={i}>{say(n)}</li>
          ))}
        </ul>
      )}
      {on && (notes.length > 0 || site.truncated) && (
        <details className="preview-site-notices">
          <summary>{t('site.notices', { count: notes.length + (site.truncated ? 1 : 0) })}</summary>
          <ul>
            {site.truncated && <li>{t('site.truncated')}</li>}
            {notes.map((n, i) => (
              <li key={i}>{say(n)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
