/** Floors for the coach evaluation, set from measurement (see the closing notes and git log). */
export const FLOORS = {
  macroF1: 0.7,
  voteExact: 0.5,
  voteWithinOne: 0.85,
  criterionF1: {
    action: 0.8,
    result: 0.75,
    "quantified-result": 0.75,
    "first-person": 0.85,
    length: 0.95,
  } as Record<string, number>,
};
