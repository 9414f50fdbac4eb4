/**
 * THE columns every read that checks or scores a diagnosis's answers spreads into its
 * `select` (the edit, the review, the reviewer's page): its state and version, the
 * answers, who assessed them, and the instrument version they were given against.
 */
export const ANSWERS_SELECT = {
  status: true,
  version: true,
  answers: true,
  assessorId: true,
  instrumentCode: true,
  instrumentVersion: true,
} as const;
