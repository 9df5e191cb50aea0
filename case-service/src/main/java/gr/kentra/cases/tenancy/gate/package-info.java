/**
 * What may touch a centre's schema right now: the freeze of a move, the move lock shared by every instance's
 * connections, read-only connections and the 503 refusal.
 */
package gr.kentra.cases.tenancy.gate;
