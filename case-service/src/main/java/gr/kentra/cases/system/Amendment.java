package gr.kentra.cases.system;

/**
 * A record was edited: {@code change} is the event its creation published (a session held, goods distributed,
 * an event held), now with the record's new values. Published inside the edit's transaction; the indicators take
 * back what the record's first event counted and count it anew, when anything they count has changed.
 */
public record Amendment(Object change) {
}
