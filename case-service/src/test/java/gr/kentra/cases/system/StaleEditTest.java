package gr.kentra.cases.system;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one answer to an edit that lost a race with another: 409 carrying the version to reload. */
class StaleEditTest {

    @Test
    void returnsWhatTheEditReturnsWhenNoneRacedIt() {
        assertThat(RecordProblems.unlessStale(() -> "saved", () -> 1L)).isEqualTo("saved");
    }

    @Test
    void refusesAnEditThatLostTheRaceWithTheCurrentVersion() {
        assertThatThrownBy(() -> RecordProblems.unlessStale(() -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, "id");
        }, () -> 4L))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(409);
                    assertThat(problem.getBody().getProperties()).containsEntry("currentVersion", 4L);
                    assertThat(problem.getDetailMessageCode()).isEqualTo("problem.staleVersion");
                });
    }

    @Test
    void letsEveryOtherFailureThrough() {
        assertThatThrownBy(() -> RecordProblems.unlessStale(() -> {
            throw new IllegalStateException("closed");
        }, () -> 4L)).isInstanceOf(IllegalStateException.class);
    }
}
