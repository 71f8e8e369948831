/**
 * How much time one typical visit costs, from reading and writing online (niedrig) through an
 * evening meeting (mittel) to a day at a fair or a tournament (hoch). With too little time the
 * self-test names the cheapest fitting kind first. Apart from network-kinds.ts so that the result
 * page's first load, which ranks by effort, does not carry the list of kinds.
 */
export const EFFORTS = ['niedrig', 'mittel', 'hoch'] as const;
export type Effort = (typeof EFFORTS)[number];
