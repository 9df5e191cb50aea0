package gr.kentra.cases.history;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The current social history ({@code version} 0 and no text when none is written yet) and every version. */
record SocialHistoryView(String text, int version, List<Entry> versions) {

    record Entry(int version, Instant writtenAt, String writtenBy) {
        static Entry of(SocialHistoryVersion v) {
            return new Entry(v.version(), v.writtenAt(), v.writtenBy());
        }
    }

    /** The body of PUT: the new text and the version it was written over (0 for the first). */
    @Schema(example = """
            {"text":"Μονογονεϊκή οικογένεια, δύο ανήλικα παιδιά. Άνεργη από το 2024.","version":2}""")
    record Write(@NotBlank @Size(max = 20000) String text, @NotNull @PositiveOrZero Integer version) {
    }
}
