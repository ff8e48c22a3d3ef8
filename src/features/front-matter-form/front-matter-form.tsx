import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { isTypingPlace } from '../../components/typing-place';
import { FieldControl } from './field-control';
import { fieldLocks, lockedValue } from '../../core/field-locks';
import { FormErrors } from './form-errors';
import type { HistoryAction } from './history-keys';
import { RawWidget } from './raw-widget';
import { useHistoryKeys } from './use-history-keys';
import {
  issuesAt,
  type FieldIssue,
  type FieldPath,
  type SetField,
  type WidgetProps,
} from './widget-props';
import { fieldRange, type Post, type TextEdit } from '../../core/post';
import { textOf } from '../../core/post-text';
import { deepEqual } from '../../core/post-data';
import { fieldsForData, type Collection } from '../../core/schema';
import { validatePost } from '../../core/validate';
import { useI18n } from '../../i18n/i18n';
import { localizeCollection, validationMessagesFor } from '../../i18n/localize-schema';
import './front-matter-form.css';

interface FrontMatterFormProps {
  collection: Collection;
  post: Post;
  /** The post's file name, to compare its date with the Date field. */
  filename?: string;
  onSet: SetField;
  /** Replaces a range of the post's text (raw YAML of keys the schema does not name, fixes). */
  onReplace: (from: number, to: number, text: string) => void;
  /** Undoes or redoes the last edit of the post's text (the editor's history). */
  onHistory: (action: HistoryAction) => void;
  /**
   * Puts the caret in the first field when the form shows (a new post), unless the person is
   * already typing somewhere else by then.
   */
  focusFirst?: boolean;
}

/**
 * Returns the form of the post's front matter: one control per schema field, the keys the schema
 * does not name under "Other fields" as raw YAML, the YAML's errors with their lines, and each
 * field's validation beside it. Fields that broken YAML makes unreadable are locked, with the
 * reason beside them. Built-in labels, hints and problems are in the UI's language.
 */
function FrontMatterFormView({
  collection: given,
  post,
  filename,
  onSet,
  onReplace,
  onHistory,
  focusFirst = false,
}: FrontMatterFormProps) {
  const { lang, t } = useI18n();
  const formRef = useHistoryKeys(onHistory);
  // The form mounts once per open post (the workspace is keyed by it): this runs when it shows.
  useEffect(() => {
    if (focusFirst && !isTypingPlace(document.activeElement)) {
      formRef.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
    }
  }, [focusFirst, formRef]);
  const collection = useMemo(() => localizeCollection(given, t), [given, t]);
  const { fields, others } = useMemo(
    () => fieldsForData(collection, post.data),
    [collection, post.data],
  );
  const locks = useMemo(
    () => fieldLocks(post, [...fields.map((f) => f.key), ...others.map((o) => o.key)]),
    [post, fields, others],
  );
  const issues = useMemo(() => {
    const found: FieldIssue[] = validatePost(collection, post.data, {
      filename,
      messages: validationMessagesFor(lang),
      unreadable: new Set(locks.keys()),
    });
    for (const [key, lock] of locks) {
      const message = lock.line ? t('form.lockedAt', { line: lock.line }) : t('form.locked');
      found.push({ path: [key], severity: 'locked', message });
    }
    return found;
  }, [collection, post.data, filename, lang, locks, t]);
  // The post a replace applies to: the one shown when it runs, not the one of the render that
  // made it (a field that did not render again holds an older rawAt; see `FieldMemo`).
  const shown = useRef(post);
  useLayoutEffect(() => {
    shown.current = post;
  });
  const rawAt = (path: FieldPath) => {
    const range = fieldRange(post, path);
    return {
      source: range ? textOf(post).slice(range.from, range.to) : null,
      replace: (text: string) => {
        const now = fieldRange(shown.current, path);
        if (now) onReplace(now.from, now.to, text);
      },
    };
  };
  const fix = (edit: TextEdit, key: string | undefined) => {
    // Rendered at once, so that the fixed field is enabled when it takes the focus from the
    // button, which goes away with the error it fixed.
    flushSync(() => onReplace(edit.from, edit.to, edit.insert));
    if (key) formRef.current?.querySelector<HTMLElement>(`#field-${CSS.escape(key)}`)?.focus();
  };
  return (
    <form
      ref={formRef}
      className="front-matter-form"
      aria-label={t('form.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <FormErrors post={post} onFix={fix} />
      {fields.map(({ field, key, value }) => (
        <FieldMemo
          key={field.name}
          source={rawAt([key]).source}
          id={`field-${field.name}`}
          field={field}
          path={[key]}
          value={locks.has(key) ? lockedValue(post, field, key, value) : value}
          issues={issuesAt(issues, [field.name]).concat(
            key === field.name ? [] : issuesAt(issues, [key]),
          )}
          disabled={locks.has(key)}
          onSet={onSet}
          rawAt={rawAt}
        />
      ))}
      {others.length > 0 && (
        <details className="other-fields" open>
          <summary>{t('form.otherFields')}</summary>
          {others.map(({ key }) => {
            const { source, replace } = rawAt([key]);
            return (
              <RawWidget
                key={key}
                id={`other-${key}`}
                label={key}
                source={source}
                hint={t('form.rawHint')}
                issues={issuesAt(issues, [key])}
                disabled={locks.has(key)}
                onReplace={replace}
              />
            );
          })}
        </details>
      )}
    </form>
  );
}

/** Returns whether two lists of a field's problems say the same. */
function sameIssues(a: FieldIssue[], b: FieldIssue[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (issue, i) =>
        issue.severity === b[i].severity &&
        issue.message === b[i].message &&
        deepEqual(issue.path, b[i].path),
    )
  );
}

/** A field's props, with its YAML text as written (null: not in the front matter). */
type FieldMemoProps = WidgetProps & { source: string | null };

/**
 * Returns whether a field shows the same as before: its text as written, its value, problems,
 * path and lock are the same (its rawAt may be older: it reads the post shown when it replaces).
 */
function sameField(a: FieldMemoProps, b: FieldMemoProps): boolean {
  return (
    a.source === b.source &&
    a.field === b.field &&
    a.id === b.id &&
    a.disabled === b.disabled &&
    a.onSet === b.onSet &&
    deepEqual(a.path, b.path) &&
    deepEqual(a.value, b.value) &&
    sameIssues(a.issues, b.issues)
  );
}

/**
 * A field of the form, rendered again only when what it shows changed: a key typed in the Title
 * renders the Title, not every field (the form renders twice per key: the field's own value, then
 * the post read back).
 */
const FieldMemo = memo(function FieldMemo({ source: _source, ...props }: FieldMemoProps) {
  return <FieldControl {...props} />;
}, sameField);

/** The form's first field that takes text: a new post starts there (its title, as a rule). */
const FIRST_FIELD =
  'input:not([type=checkbox]):not([type=radio]):not(:disabled), textarea:not(:disabled)';

/** Returns whether two renders of the form would show the same thing (only the body changed). */
function sameFrontMatter(a: FrontMatterFormProps, b: FrontMatterFormProps): boolean {
  return (
    a.collection === b.collection &&
    a.filename === b.filename &&
    a.onSet === b.onSet &&
    a.onReplace === b.onReplace &&
    a.onHistory === b.onHistory &&
    a.post.data === b.post.data &&
    a.post.errors === b.post.errors &&
    a.post.ranges.frontMatter?.to === b.post.ranges.frontMatter?.to
  );
}

/**
 * The front-matter form, re-rendered only when the front matter changed: typing in the body
 * keeps the same parsed data (see `reparsePost`), so the form does no work per keystroke.
 */
export const FrontMatterForm = memo(FrontMatterFormView, sameFrontMatter);
