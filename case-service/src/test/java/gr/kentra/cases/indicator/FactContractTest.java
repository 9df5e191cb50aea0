package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gr.kentra.commons.facts.AgeBand;
import gr.kentra.commons.facts.Fact;
import gr.kentra.commons.facts.FactType;
import gr.kentra.commons.facts.Flag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What the outbox keeps is the shared contract's fact (platform-commons) but for the centre's placement. */
class FactContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Person PERSON = new Person("a".repeat(64), "FEMALE", LocalDate.of(1990, 5, 1), "UNEMPLOYED",
            3, List.of(Flag.ROMA.name(), Flag.DISABILITY.name()));

    @Test
    void theOutboxJsonWithThePlacementIsTheContractsFactForEveryKindOfFact() {
        for (IndicatorFact fact : List.of(IndicatorFact.about(PERSON, FactType.REQUEST_CLOSED, MARCH, "HOUSING",
                        "COMPLETED"), IndicatorFact.entry(PERSON, MARCH),
                IndicatorFact.erasure("b".repeat(64), "k1", MARCH),
                IndicatorFact.unpersonal(FactType.EVENT_HELD, MARCH, "CHILDREN", 12).takenBack())) {
            Map<String, Object> sent = new LinkedHashMap<>();
            sent.put("tenant", "moschato-tavros");
            sent.put("region", "attica");
            sent.put("operation", "5001910");
            sent.putAll(map(JSON.writeValueAsString(fact)));

            assertThat(sent).isEqualTo(map(JSON.writeValueAsString(fact.at("moschato-tavros", "attica", "5001910"))));
        }
        assertThat(Fact.PLACEMENT).containsExactly("tenant", "region", "operation");
    }

    @Test
    void aPersonsFactCarriesTheContractsAgeBandCode() {
        assertThat(IndicatorFact.about(PERSON, FactType.REQUEST_OPENED, MARCH, null, null).ageBand())
                .isEqualTo(AgeBand.FROM_30_TO_54.code()).isEqualTo("30-54");
    }

    private static Map<String, Object> map(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    }
}
