/** The result: the ideal network in plain words, what fits and why, time and give-before-take. */
import type { Answers } from '../../lib/answers-schema';
import type { ChapterSlug } from '../../lib/guide-links';
import { fill } from '../../lib/profile-options';
import { describeProfile, giveBeforeTake, recommend, timeVerdict } from '../../lib/recommendations';
import { HEADING_ID } from './QuestionStep';
import type { SelbsttestTexts } from './strings';

interface Props {
  answers: Answers;
  texts: SelbsttestTexts;
  onEdit: () => void;
}

export function Result({ answers, texts, onEdit }: Props) {
  const { ui, r } = texts;
  const { recommended, notRecommended } = recommend(answers, texts.rules, r);
  const time = timeVerdict(answers, r);
  const give = giveBeforeTake(answers, r);
  const link = (slug: ChapterSlug, template: string) => <a href={`/ratgeber/${slug}/`}>{fill(template, { titel: texts.chapters[slug] })}</a>;

  return (
    <section class="result" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} class="legend-page" tabIndex={-1}>
        {ui.resultTitle}
      </h2>
      <p>{ui.resultIntro}</p>

      <h3>{ui.profileTitle}</h3>
      <dl class="profile-list">
        {describeProfile(answers, r).map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>
              … {line.text} {line.chapter && link(line.chapter, ui.chapterHelp)}
            </dd>
          </div>
        ))}
      </dl>

      <h3>{ui.whereTitle}</h3>
      <p>{recommended.length === 0 ? ui.whereNone : ui.whereIntro}</p>
      <ol class="recommendations">
        {recommended.map((rec) => (
          <li class="card" key={rec.kind}>
            <h4>{rec.title}</h4>
            <p class="muted">{fill(ui.examples, { beispiele: rec.examples })}</p>
            <p class="reasons-label">{ui.fits}</p>
            <ul>
              {rec.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {rec.caveats.length > 0 && <p class="reasons-label">{ui.caveats}</p>}
            {rec.caveats.length > 0 && (
              <ul>
                {rec.caveats.map((caveat) => (
                  <li key={caveat}>{caveat}</li>
                ))}
              </ul>
            )}
            <p>
              {link(rec.chapter, ui.more)}
            </p>
          </li>
        ))}
      </ol>
      <details>
        <summary>{ui.others}</summary>
        <ul>
          {notRecommended.map((n) => (
            <li key={n.kind}>
              <strong>{n.title}:</strong> {n.reason}
            </li>
          ))}
        </ul>
      </details>

      <h3>{ui.timeTitle}</h3>
      <p>
        <span class={`status-tag zeit-${time.level}`}>{time.title}</span> {time.text}
      </p>
      <p>
        <a href="#so-rechnen-wir">{ui.timeHow}</a>
      </p>

      <h3>{ui.giveTitle}</h3>
      <p>{give.text}</p>
      <ul>
        {give.ideas.map((idea) => (
          <li key={idea}>{idea}</li>
        ))}
      </ul>
      {give.ownWords.length > 0 && <p>{fill(ui.ownWords, { woerter: give.ownWords.join(', ') })}</p>}
      <p>
        {link('was-ist-networking', ui.giveWhy)}
      </p>

      <h3>{ui.nextTitle}</h3>
      <p>{ui.nextText}</p>
      <div class="actions no-print">
        <a class="button" href="/netzwerk-check/">
          {ui.toCheck}
        </a>
        <button type="button" class="secondary" onClick={onEdit}>
          {ui.edit}
        </button>
      </div>
    </section>
  );
}
