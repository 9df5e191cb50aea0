package gr.kentra.commons.web;

import java.util.List;

/**
 * One page of a list as the services' APIs answer it: the items, the page and size that were served (brought
 * into range), and the total across all pages. The JSON is {@code items}, {@code page}, {@code size}, {@code total}.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
