package gr.kentra.cases.document;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, UUID> {

    /** The person's register lines, newest first, without the PDFs. */
    @Query("""
            select new gr.kentra.cases.document.DocumentView(d.id, d.type, d.recordId, d.protocolYear,
                d.protocolNumber, d.language, d.issuedAt, d.issuedBy, d.pdfSha256,
                case when d.pdf is not null then true else false end)
            from IssuedDocument d where d.beneficiaryId = :person order by d.issuedAt desc, d.protocolNumber desc""")
    List<DocumentView> ofPerson(UUID person);
}
