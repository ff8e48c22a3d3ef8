/** The largest backup file Pluma reads: 1 GB (apart from the zip code, which loads on use). */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
