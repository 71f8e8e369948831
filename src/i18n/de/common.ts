/** Words every area uses: units and counts. */
export const common = {
  hours: { one: '{n} Stunde', other: '{n} Stunden' },
  minutes: { one: '{n} Minute', other: '{n} Minuten' },
  days: { one: '{n} Tag', other: '{n} Tage' },
} as const;
