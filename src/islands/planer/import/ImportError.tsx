import type { ContactImportTexts } from '../../../i18n/de/contact-import';

/** Why the file (or its column mapping) cannot be imported, and that nothing stored changed. */
export function ImportError({ texts, message }: { texts: ContactImportTexts; message: string }) {
  return (
    <div class="error-summary" role="alert">
      <p>
        <strong>{texts.errors.title}</strong>
      </p>
      <p>{message}</p>
      <p>{texts.errors.unchanged}</p>
    </div>
  );
}
