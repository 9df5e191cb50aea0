package gr.kentra.cases.gdpr.processing;

import java.time.Instant;
import java.util.List;

import gr.kentra.cases.gdpr.catalogue.PersonalDataCatalogue;

/**
 * The centre's record of processing activities (GDPR Art. 30(1)), generated from {@link PersonalDataCatalogue}:
 * what is held (categories, table by table, and what erasure does with each column), why, on which legal basis,
 * who receives it and how long it is kept. Texts are in the reader's language; categories and tables carry a label
 * in it beside their code (the API's and the schema's names), columns and bases are named as the schema has them.
 */
public record RecordOfProcessing(Instant generatedAt, String controller, List<String> purposes,
        List<LegalBasis> legalBases, List<KeptByLawBasis> keptByLaw, List<Category> categories,
        List<String> dataSubjects) {

    /** A basis the centre records per person ({@code processing_basis}), with its GDPR articles. */
    record LegalBasis(String basis, String article6, String article9, String description) {
    }

    /** Columns kept although they concern the person, and the law that requires it. */
    record KeptByLawBasis(String table, List<String> columns, String law) {
    }

    /** One category of data (Art. 30(1)(c)), its recipients (Art. 30(1)(d)) and retention (Art. 30(1)(f)). */
    record Category(String category, String label, List<Table> tables, List<String> recipients, String retention) {
    }

    /**
     * @param erasedOnRequest identifying data and free text, cleared when the person is erased
     * @param keptCoded       coded values kept for consistent counts, identifying nobody without the identity
     * @param keptByLaw       kept whole because a law requires it
     */
    record Table(String table, String label, List<String> erasedOnRequest, List<String> keptCoded,
            List<String> keptByLaw) {
    }
}
