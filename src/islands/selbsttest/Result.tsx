/** The result: the ideal network in plain words, what fits and why, time and give-before-take. */
import type { Answers } from '../../lib/questionnaire/answers-schema';
import type { ChapterSlug } from '../../lib/guide/guide-links';
import { fill } from '../../i18n/format';
import { describeProfile, giveBeforeTake, recommend, timeVerdict } from '../../lib/profile/recommendations';
import type { ErgebnisTexts } from './strings';
import { ROUTES, chapterRoute } from '../../lib/site/routes';

export function Result({ answers, texts }: { answers: Answers; texts: ErgebnisTexts }) {
  const { ui, r } = texts;
  const { recommended, notRecommended } = recommend(answers, texts.rules, r);
  const time = timeVerdict(answers, r);
  const give = giveBeforeTake(answers, r);
  const link = (slug: ChapterSlug, template: string) => <a href={chapterRoute(slug)}>{fill(template, { titel: texts.chapters[slug] })}</a>;

  return (
    <>
      <h2>{ui.profileTitle}</h2>
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

      <h2>{ui.whereTitle}</h2>
      <p>{recommended.length === 0 ? ui.whereNone : ui.whereIntro}</p>
      <ol class="recommendations">
        {recommended.map((rec) => (
          <li class="card" key={rec.kind}>
            <h3>{rec.title}</h3>
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
            <p>{link(rec.chapter, ui.more)}</p>
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

      <h2>{ui.timeTitle}</h2>
      <p>
        <span class={`status-tag zeit-${time.level}`}>{time.title}</span> {time.text}
      </p>
      <p>
        <a href="#so-rechnen-wir">{ui.timeHow}</a>
      </p>

      <h2>{ui.giveTitle}</h2>
      <p>{give.text}</p>
      <ul>
        {give.ideas.map((idea) => (
          <li key={idea}>{idea}</li>
        ))}
      </ul>
      {give.ownWords.length > 0 && <p>{fill(ui.ownWords, { woerter: give.ownWords.join(', ') })}</p>}
      <p>{link('was-ist-networking', ui.giveWhy)}</p>

      <h2>{ui.nextTitle}</h2>
      <p>{ui.nextText}</p>
      <div class="actions no-print">
        <a class="button" href={ROUTES.netzwerkCheck}>
          {ui.toCheck}
        </a>
        <a class="button button-secondary" href={ROUTES.selbsttest}>
          {ui.edit}
        </a>
        <button type="button" class="secondary" onClick={() => window.print()}>
          {ui.print}
        </button>
      </div>
    </>
  );
}
