package gr.kentra.cases.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import gr.kentra.commons.time.Athens;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Answers whether a verification code is genuine, for anyone and without a login: the document's type, date,
 * protocol number and the centre's name, nothing about the person. Every failure (malformed, unknown centre,
 * unknown code, a code of another centre, a centre whose schema cannot be read) is the same "not genuine", so
 * the answer tells nothing about which centres exist. The gateway's anonymous rate limit bounds guessing, and
 * 125 random bits leave nothing to guess.
 */
@Component
class Verifications {

    private static final ZoneId ATHENS = Athens.ZONE;

    /** A genuine document as the public may see it. */
    record Genuine(DocumentType type, LocalDate issuedOn, String protocol, String centre) {
    }

    private record Row(DocumentType type, java.time.Instant issuedAt, int year, int number) {
    }

    private final Centres centres;

    Verifications(Centres centres) {
        this.centres = centres;
    }

    Optional<Genuine> verify(String typed, Locale locale) {
        return VerificationCode.parse(typed).flatMap(code -> find(code)
                .map(row -> new Genuine(row.type(), row.issuedAt().atZone(ATHENS).toLocalDate(),
                        row.number() + "/" + row.year(), centres.name(code.centre(), locale))));
    }

    private Optional<Row> find(VerificationCode code) {
        return centres.jdbc(code.centre()).flatMap(jdbc -> {
            try {
                List<Row> rows = jdbc.query("select type, issued_at, protocol_year, protocol_number from "
                        + code.centre().quotedSchemaName() + ".issued_document where verification_hash = ?",
                        (rs, n) -> new Row(DocumentType.valueOf(rs.getString(1)),
                                rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4)),
                        code.hash());
                return rows.stream().findFirst();
            } catch (DataAccessException unreadable) {
                return Optional.empty();
            }
        });
    }
}
