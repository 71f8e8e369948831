/**
 * „Als Kandidat übernehmen“ on the self-test's result: a recommended kind or a real example
 * becomes a candidate of the network check through the same draft the check's own form fills
 * (name, kind, the kind's starting values), and the result says whether it is there already.
 */
import { candidateFromDraft, candidateNamed, emptyDraft, validateDraft } from './candidate-draft';
import { withKindDefaults } from './kind-defaults';
import type { Candidate } from './candidates-schema';
import type { KindId } from '../profile/network-kinds';

/** What the result page offers to take over: a kind (its title as the name) or a real network (with its website). */
export interface Offer {
  name: string;
  kind: KindId;
  link?: string;
}

/**
 * The candidate an offer becomes, exactly as if the reader had typed its name and link into the
 * check's form and chosen its kind (withKindDefaults with nothing kept); null when that draft
 * would not pass the form's validation.
 * @example candidateFromOffer({ name: 'LinkedIn', kind: 'plattform' }, 'k-1')?.ratings.form // 'online'
 */
export function candidateFromOffer(offer: Offer, id: string): Candidate | null {
  const draft = withKindDefaults({ ...emptyDraft(), name: offer.name, link: offer.link ?? '' }, offer.kind, new Set());
  return validateDraft(draft).length > 0 ? null : candidateFromDraft(draft, id);
}

/**
 * Where an offer stands: `added` when the candidate this page added (`addedId`) is still in the
 * list, `present` when another candidate has the same name (case and spaces aside) – then no
 * second one is added –, otherwise `open`. `id` is the candidate to link to.
 * @example takeOverStatus([{ id: 'a', name: 'LinkedIn' }], 'linkedin', null) // { code: 'present', id: 'a' }
 */
export function takeOverStatus(
  candidates: readonly Pick<Candidate, 'id' | 'name'>[],
  name: string,
  addedId: string | null,
): { code: 'added' | 'present'; id: string } | { code: 'open' } {
  if (addedId !== null && candidates.some((c) => c.id === addedId)) return { code: 'added', id: addedId };
  const twin = candidateNamed(name, candidates, null);
  return twin ? { code: 'present', id: twin.id } : { code: 'open' };
}
