/** Import and export: the pieces the app wires together (see the wiring notes in each module). */
export { useFileMenu } from './file-menu';
export type { FileMenuProps } from './file-menu';
export { ExportButton } from './export-button';
export type { RestoredDraft } from './restore-backup';
export { saveToHandle } from './blog-folder';
export { useImporter } from './use-importer';
export type { Importer } from './use-importer';
export { useFileDrop } from './use-file-drop';
export type { FileDrop } from './use-file-drop';
export { imageDropExtension } from './image-drop';
export {
  imageUrlResolver,
  resolveDraftImageUrls,
  revokeImageUrls,
  storeDraftImage,
} from './draft-images';
export { useDraftImageUrls } from './use-draft-image-urls';
export { SaveToFileButton } from './save-to-file-button';
