/**
 * Step 3: what the import would do, before anything is stored – counts, the file's problems, each
 * row with its decision (and why it looks like a duplicate), selection and triage for the selected.
 */
import { useState } from 'preact/hooks';
import { fill, plural } from '../../../i18n/format';
import { decide, previewCounts, select, triageSelected, type Decision, type PreviewRow } from '../../../lib/contact-import/preview';
import type { RowProblem } from '../../../lib/contact-import/fields';
import { PRIORITIES, RHYTHMS, type Priority, type Rhythm } from '../../../lib/planner/planner-schema';
import { groupTag } from '../../../lib/planner/contact-list';
import type { ContactImportProps } from './import-props';
import { countsText, problemText } from './import-words';

/** Rows shown at once: a LinkedIn export can hold thousands. */
const PAGE = 50;
/** The triage selects' „leave as it is“. */
const KEEP = '-';

type Props = ContactImportProps & {
  file: string;
  preview: PreviewRow[];
  problems: RowProblem[];
  error: string | undefined;
  onPreview: (preview: PreviewRow[]) => void;
  onBack: () => void;
  onTake: () => void;
  /** Says something in the import's live region. */
  announce: (message: string) => void;
};

export function ImportPreview(props: Props) {
  const { texts, file, preview, problems, error, onPreview, onBack, onTake, contacts } = props;
  const p = texts.preview;
  const [shown, setShown] = useState(PAGE);
  const counts = previewCounts(preview);
  const selected = preview.filter((r) => r.selected).length;
  const names = new Map(contacts.map((c) => [c.id, c.name]));

  const duplicateName = (r: PreviewRow) => {
    const of = r.duplicateOf;
    if (!of) return '';
    return 'contactId' in of ? (names.get(of.contactId) ?? '') : fill(p.earlierRow, { n: preview[of.row]?.row.at ?? of.row + 1 });
  };

  return (
    <div class="import-preview">
      <p>
        <strong>{countsText(texts, file, counts, problems.length)}</strong>
      </p>
      {error && (
        <p class="error-message" role="alert">
          {error}
        </p>
      )}
      {problems.length > 0 && (
        <details>
          <summary>{p.problemsTitle}</summary>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.at}-${problem.field}-${problem.code}`}>{problemText(texts, problem)}</li>
            ))}
          </ul>
        </details>
      )}
      <Triage {...props} count={selected} onApply={(patch) => onPreview(triageSelected(preview, patch))} />
      <p class="field checkbox">
        <input type="checkbox" id="import-alle" checked={selected === preview.length} onChange={(e) => onPreview(select(preview, null, e.currentTarget.checked))} />
        <label for="import-alle">{p.selectAll}</label>
      </p>
      <ul class="import-rows">
        {preview.slice(0, shown).map((r, i) => (
          <li key={i} class={r.duplicateOf ? 'import-row duplicate' : 'import-row'}>
            <p class="field checkbox">
              <input type="checkbox" id={`import-zeile-${i}`} checked={r.selected} onChange={(e) => onPreview(select(preview, [i], e.currentTarget.checked))} />
              <label for={`import-zeile-${i}`}>
                <strong>{r.row.name}</strong>
              </label>
            </p>
            <p class="import-details">{[fill(p.row, { n: r.row.at }), r.row.organisation, r.row.position, ...r.row.emails].filter(Boolean).join(' · ')}</p>
            <p class="import-triage">
              {[props.priorityLabels[r.triage.priority], r.triage.rhythm ? props.rhythmLabels[r.triage.rhythm] : p.noRhythm, ...r.triage.tags].join(' · ')}
            </p>
            {r.reason && <p class="import-reason">{fill(p.reasons[r.reason], { name: duplicateName(r) })}</p>}
            <p class="field">
              <label for={`import-entscheidung-${i}`}>{fill(p.decision, { name: r.row.name })}</label>
              <select id={`import-entscheidung-${i}`} value={r.decision} onChange={(e) => onPreview(decide(preview, i, e.currentTarget.value as Decision))}>
                {(r.duplicateOf ? (['merge', 'add', 'skip'] as const) : (['add', 'skip'] as const)).map((d) => (
                  <option key={d} value={d}>
                    {p.decisions[d]}
                  </option>
                ))}
              </select>
            </p>
          </li>
        ))}
      </ul>
      {shown < preview.length && (
        <p class="actions">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              const next = shown;
              setShown(shown + PAGE);
              // Focus the first new row, so the keyboard continues where the list grew.
              requestAnimationFrame(() => document.getElementById(`import-zeile-${next}`)?.focus());
            }}
          >
            {fill(p.more, { n: Math.min(PAGE, preview.length - shown) })}
          </button>
        </p>
      )}
      <p class="actions">
        <button type="button" id="import-uebernehmen" disabled={counts.taken === 0} onClick={onTake}>
          {counts.taken === 0 ? p.takeNone : plural(p.take, counts.taken)}
        </button>{' '}
        <button type="button" class="secondary" onClick={onBack}>
          {p.back}
        </button>
      </p>
    </div>
  );
}

interface TriagePatch {
  priority?: Priority;
  rhythm?: Rhythm;
  addTags?: readonly string[];
}

/** Priority, rhythm, target group (as a tag) and tags for every selected row at once. */
function Triage({ texts, priorityLabels, rhythmLabels, groups, count, onApply, announce }: Props & { count: number; onApply: (patch: TriagePatch) => void }) {
  const p = texts.preview;
  const [priority, setPriority] = useState<Priority | typeof KEEP>(KEEP);
  const [rhythm, setRhythm] = useState<Rhythm | typeof KEEP>(KEEP);
  const [group, setGroup] = useState(KEEP);
  const [tags, setTags] = useState('');
  const named = groups.filter((g) => g.name.trim());
  const chosen = named.find((g) => g.id === group);
  // A group name longer than a tag may be goes in by its first part that fits, or not at all – and then the page says so.
  const chosenTag = chosen ? groupTag(chosen.name) : null;
  return (
    <fieldset class="import-bulk">
      <legend>{fill(p.triageTitle, { n: count })}</legend>
      <p class="field">
        <label for="import-prioritaet">{p.priority}</label>
        <select id="import-prioritaet" value={priority} onChange={(e) => setPriority(e.currentTarget.value as Priority)}>
          <option value={KEEP}>{p.keep}</option>
          {PRIORITIES.map((v) => (
            <option key={v} value={v}>
              {priorityLabels[v]}
            </option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for="import-rhythmus">{p.rhythm}</label>
        <select id="import-rhythmus" value={rhythm} onChange={(e) => setRhythm(e.currentTarget.value as Rhythm)}>
          <option value={KEEP}>{p.keep}</option>
          {RHYTHMS.map((v) => (
            <option key={v} value={v}>
              {rhythmLabels[v]}
            </option>
          ))}
        </select>
      </p>
      {named.length > 0 && (
        <p class="field">
          <label for="import-zielgruppe">{p.group}</label>
          <select id="import-zielgruppe" value={group} aria-describedby={chosen && !chosenTag ? 'import-zielgruppe-hint' : undefined} onChange={(e) => setGroup(e.currentTarget.value)}>
            <option value={KEEP}>{p.keep}</option>
            {named.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          {chosen && !chosenTag && (
            <span class="hint" id="import-zielgruppe-hint" role="status">
              {p.groupTooLong}
            </span>
          )}
        </p>
      )}
      <div class="field">
        <label for="import-schlagworte">{p.tags}</label>
        <p class="hint" id="import-schlagworte-hint">
          {p.tagsHint}
        </p>
        <input id="import-schlagworte" value={tags} aria-describedby="import-schlagworte-hint" autoComplete="off" onInput={(e) => setTags(e.currentTarget.value)} />
      </div>
      <p class="actions">
        <button
          type="button"
          class="secondary"
          disabled={count === 0}
          onClick={() => {
            const addTags = [...(chosenTag ? [chosenTag] : []), ...tags.split(/[,;]/)].map((t) => t.trim()).filter(Boolean);
            onApply({ ...(priority !== KEEP ? { priority } : {}), ...(rhythm !== KEEP ? { rhythm } : {}), addTags });
            announce(plural(p.applied, count));
          }}
        >
          {p.apply}
        </button>
      </p>
    </fieldset>
  );
}
