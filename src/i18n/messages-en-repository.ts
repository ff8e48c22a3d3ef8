/**
 * English texts of the repository: connecting, its posts, publishing and upstream changes. Part
 * of `en` (see messages-en.ts). Field and button names here are the UI contract (DESIGN.md).
 */
export const enRepository = {
  'repo.title': 'Repository',
  'repo.url': 'Repository URL',
  'repo.branch': 'Branch',
  'repo.branchHint': "Empty: the repository's default branch.",
  'repo.postsFolder': 'Posts folder',
  'repo.draftsFolder': 'Drafts folder',
  'repo.mediaFolder': 'Media folder',
  'repo.corsProxy': 'CORS proxy',
  'repo.corsHint': 'Needed for GitHub, GitLab and Bitbucket, which do not allow browsers in.',
  'repo.username': 'Username',
  'repo.token': 'Token',
  'repo.remember': 'Remember on this device',
  'repo.authorName': 'Author name',
  'repo.authorEmail': 'Author email',
  'repo.connect': 'Connect',
  'repo.cancel': 'Cancel',
  'repo.progress': 'Cloning: {phase}',
  'repo.phase.start': 'connecting',
  'repo.phase.counting': 'counting objects',
  'repo.phase.compressing': 'compressing objects',
  'repo.phase.receiving': 'receiving objects',
  'repo.phase.resolving': 'resolving deltas',
  'repo.connected': {
    one: 'Connected: branch {branch}, 1 post.',
    other: 'Connected: branch {branch}, {count} posts.',
  },
  'repo.posts': 'Repository posts',
  'repo.search': 'Search repository posts',
  'repo.open': 'Open',
  'repo.openPost': 'Open {title}',
  'repo.none': 'No post matches.',
  'repo.draft': 'draft',
  'repo.error.auth':
    'The repository refused the username or token (wrong, expired, or without access to it). ' +
    'Check them and connect again.',
  'repo.error.not-found':
    'There is no repository at this address, or the token cannot see it. Check the Repository URL.',
  'repo.error.network':
    'The repository could not be reached: you may be offline, or its server does not let this ' +
    'site in (CORS). For GitHub, GitLab or Bitbucket, set a "CORS proxy".',
  'repo.error.refused': 'The server refused the push: {detail}',
  'repo.error.raced':
    'Others kept pushing to the branch while Pluma published; nothing was pushed. Try again.',
  'repo.error.too-large': 'The repository is over 200 MB: too large to clone in the browser.',
  'repo.error.quota':
    'The browser has no room left for the repository. Free disk space or delete old drafts.',
  'repo.error.canceled': 'Connecting was cancelled.',
  'repo.error.other': 'Git failed ({detail}).',
  'publish.button': 'Publish',
  'publish.title': 'Publish',
  'publish.path': 'File',
  'publish.images': 'Images',
  'publish.noImages': 'No images.',
  'publish.message': 'Commit message',
  'publish.where': 'Where',
  'publish.toBranch': 'Commit to {branch}',
  'publish.review': 'New branch for review',
  'publish.reviewBranch': 'Review branch',
  'publish.submit': 'Commit and push',
  'publish.working': 'Publishing…',
  'publish.done': 'Published {path} on {branch}.',
  'publish.openPr': 'Open a pull request',
  'publish.branchOnly': 'Open a pull request or merge request from branch {branch} on your host.',
  'publish.notConnected': 'Connect to the repository first (the Repository button).',
  'publish.notPushed': 'Not pushed yet',
  'publish.keptHere':
    'Not pushed yet: the server could not be reached. Pluma keeps the publish and pushes it ' +
    'when the connection is back.',
  'repo.pull': 'Update from repository',
  'publish.changedUpstream': 'Changed in the repository since you opened it',
  'upstream.title': 'Changed in the repository',
  'upstream.intro':
    'Someone changed {path} in the repository since you opened it. Nothing was pushed.',
  'upstream.deleted': 'The file was deleted in the repository.',
  'upstream.mine': 'Yours',
  'upstream.theirs': 'In the repository',
  'upstream.keepCopy': 'Keep mine as a copy',
  'upstream.useTheirs': 'Use theirs',
  'upstream.publishAnyway': 'Publish mine anyway',
} as const;
