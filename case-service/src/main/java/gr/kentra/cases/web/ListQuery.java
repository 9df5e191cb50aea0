package gr.kentra.cases.web;

/**
 * What a person asked of a list besides its own filters: words to look for ({@code q}, any column, accents and
 * case ignored), the column to sort by and its direction, the page (from 1, as people count) and its size.
 */
public record ListQuery(String q, String sort, String dir, Integer page, Integer size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    static final int MAX_Q = 200;

    public ListQuery {
        q = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), MAX_Q));
        dir = "desc".equals(dir) ? "desc" : "asc";
        page = page == null ? 1 : Math.clamp(page, 1, 100_000);
        size = size == null ? DEFAULT_SIZE : Math.clamp(size, 5, MAX_SIZE);
    }

    public boolean descending() {
        return "desc".equals(dir);
    }
}
