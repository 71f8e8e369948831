/**
 * The weights of the fit score: shown and adjustable, with a way back to the defaults, and a
 * polite live region near the controls that says what the last change did to the ranking.
 */
import type { ComponentChildren } from 'preact';
import { WEIGHT_MAX, type WeightKey, type Weights as WeightValues } from '../../lib/fit/candidates-schema';
import { WEIGHT_VALUES } from '../../lib/fit/candidates';
import { fill, formatNumber } from '../../i18n/format';
import type { NetzwerkCheckTexts } from './texts';

interface Props {
  weights: WeightValues;
  texts: NetzwerkCheckTexts;
  changed: boolean;
  onChange: (key: WeightKey, value: number) => void;
  onReset: () => void;
  /** What the last change did; shown and announced in the live region. */
  effect: ComponentChildren;
}

export function Weights({ weights, texts, changed, onChange, onReset, effect }: Props) {
  const { ui } = texts;
  return (
    <section class="weights" aria-labelledby="gewichte-titel">
      <h2 id="gewichte-titel" tabIndex={-1}>
        {ui.weightsTitle}
      </h2>
      <p>{fill(ui.weightsIntro, { max: WEIGHT_MAX })}</p>
      <div class="weights-effect" role="status" aria-live="polite">
        {effect}
      </div>
      {texts.weights.map(([legend, rows]) => (
        <fieldset class="group" key={legend}>
          <legend>{legend}</legend>
          <div class="weights-grid">
            {rows.map(([key, label]) => (
              <div class="field" key={key}>
                <label for={`gewicht-${key}`}>{label}</label>
                <select id={`gewicht-${key}`} value={String(weights[key])} onChange={(event) => onChange(key, Number(event.currentTarget.value))}>
                  {WEIGHT_VALUES.map((value) => (
                    <option key={value} value={String(value)}>
                      {ui.weightOptions[value] ?? formatNumber(value)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      {changed && (
        <p>
          <button type="button" class="secondary" onClick={onReset}>
            {ui.weightsReset}
          </button>
        </p>
      )}
    </section>
  );
}
