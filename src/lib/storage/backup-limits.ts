/**
 * The size limit of a backup file, apart from `backup.ts`: „Meine Daten“ names it on first
 * render, long before the reader chooses a file and the backup code loads.
 */

/** The largest backup file read, in megabytes. */
export const MAX_BACKUP_MB = 5;
/** The same limit in bytes (UTF-8). */
export const MAX_BACKUP_BYTES = MAX_BACKUP_MB * 1024 * 1024;
