import { Suspense, lazy, useState } from 'react';
import type { PlumaDb } from '../../storage';
import type { GitFailure } from '../../core/git-errors';
import type { Repository } from './use-repository';

// The dialog's code (the connection form, the posts list) loads when it first opens.
const RepositoryView = lazy(() =>
  import('./repository-view').then((m) => ({ default: m.RepositoryView })),
);

interface RepositoryDialogProps {
  repo: Repository;
  db: PlumaDb | null;
  /** Opens the draft just made from a repository post. */
  onOpenDraft: (id: string) => void;
  /** The media folder of the loaded Decap config, offered until one is chosen here. */
  mediaFolder?: string;
}

/**
 * Returns the command `Repository` (`show`) and its dialog (`view`): the connection form, then
 * the list `Repository posts`, whose Open buttons make a linked draft of a post and open it.
 */
export function useRepositoryDialog(props: RepositoryDialogProps) {
  const [open, setOpen] = useState(false);
  // Once opened, it stays in the page while closed, keeping what was typed in its form.
  const [opened, setOpened] = useState(false);
  const [openError, setOpenError] = useState<GitFailure | null>(null);
  const view = opened && (
    <Suspense fallback={null}>
      <RepositoryView
        {...props}
        open={open}
        openError={openError}
        setOpenError={setOpenError}
        onClose={() => setOpen(false)}
      />
    </Suspense>
  );
  const show = () => {
    setOpened(true);
    setOpen(true);
  };
  return { show, view };
}
