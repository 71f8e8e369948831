/**
 * The parts of the network check's list that only a reader with networks sees – the cards, the
 * weights, the comparison and the weights' effect – as one lazy module: the list loads it once a
 * network is stored, so a first visit (nothing to score yet) does not download it
 * (tests/budgets/budgets.ts, DEFERRED_AFTER_LOAD).
 */
export { CandidateCard } from './CandidateCard';
export { Weights } from './Weights';
export { Comparison, WeightEffect } from './Comparison';
