package gr.kentra.cases.session;

/** Psychosocial support sessions: one person, a group, or a family. Greek labels: {@code sessionType.*}. */
public enum SessionType {
    INDIVIDUAL,
    GROUP,
    FAMILY
}
