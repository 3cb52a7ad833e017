import type { CartQuote } from '@thecen/schema';
import { ProblemError } from '../http/problem.js';

/** 409 `cart_changed` with the current quote as the `quote` member, so the buyer sees what changed. */
export function cartChangedProblem(quote: CartQuote): ProblemError {
  const codes = [...new Set(quote.problems.map((p) => p.code))].join(', ');
  return new ProblemError(409, 'cart_changed', `The cart cannot be ordered as it is (${codes}); show the buyer the current quote.`, {
    extensions: { quote },
  });
}
