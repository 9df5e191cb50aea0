package gr.kentra.cases.system;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a POST that made a record: 201, the record, and its address (the collection's, then its id). */
public final class Created {

    private Created() {
    }

    public static <T> ResponseEntity<T> at(Object id, T record) {
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(record);
    }
}
