/** The words of the offline mode: the notice a page shows when a new version of the site is ready. */
export const offlineTexts = {
  update: {
    message: 'Neue Version verfügbar',
    button: 'neu laden',
    /** For screen readers: what the button does, with the notice's words. */
    buttonLabel: 'Neue Version verfügbar – neu laden',
  },
} as const;

export type OfflineTexts = typeof offlineTexts;
