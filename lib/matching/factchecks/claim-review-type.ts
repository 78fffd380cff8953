/** Whether a JSON-LD `@type` (one or a list) says ClaimReview, by name or schema.org IRI. */
export function isClaimReviewType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /^(?:https?:\/\/schema\.org\/|schema:)?ClaimReview$/.test(t.trim()));
}
