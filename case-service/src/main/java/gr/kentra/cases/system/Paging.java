package gr.kentra.cases.system;

import java.util.function.Function;

import gr.kentra.commons.web.PageOf;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A page as clients may ask for it, brought into range: page 0 to 100,000 (page × size stays far from int
 * overflow; nobody pages a million people by hand), size 1 to a maximum (100 unless a list says otherwise).
 */
public record Paging(int page, int size) {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 100;

    public static Paging of(int page, int size) {
        return of(page, size, MAX_SIZE);
    }

    public static Paging of(int page, int size, int maxSize) {
        return new Paging(Math.clamp(page, 0, MAX_PAGE), Math.clamp(size, 1, maxSize));
    }

    public PageRequest request(Sort sort) {
        return PageRequest.of(page, size, sort);
    }

    public int offset() {
        return page * size;
    }

    /** The page answered for {@code found}, each item shown as {@code view} makes it. */
    public <E, T> PageOf<T> of(Page<E> found, Function<? super E, ? extends T> view) {
        return new PageOf<>(found.<T>map(view::apply).getContent(), page, size, found.getTotalElements());
    }
}
