package gr.kentra.cases.document;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.commons.time.Athens;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the centre's documents and hands them out again. Issuing takes the next protocol number of the year,
 * draws a verification code, renders the PDF, keeps it with the register line and audits it (the person's
 * timeline shows it), all in one transaction: a failed render gives the number back. Each type needs the
 * permission that reads the record it comes from, to issue it and to open it.
 */
@Service
class DocumentService {

    private static final ZoneId ATHENS = Athens.ZONE;

    private final IssuedDocumentRepository documents;
    private final DocumentSources sources;
    private final ProtocolRegister register;
    private final DocumentRenderer renderer;
    private final Centres centres;
    private final AuditTrail audit;
    private final Allowed allowed;
    private final DocumentProperties properties;
    private final Beneficiaries beneficiaries;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.system(ATHENS);

    DocumentService(IssuedDocumentRepository documents, DocumentSources sources, ProtocolRegister register,
            DocumentRenderer renderer, Centres centres, AuditTrail audit, Allowed allowed,
            DocumentProperties properties, Beneficiaries beneficiaries) {
        this.documents = documents;
        this.sources = sources;
        this.register = register;
        this.renderer = renderer;
        this.centres = centres;
        this.audit = audit;
        this.allowed = allowed;
        this.properties = properties;
        this.beneficiaries = beneficiaries;
    }

    @Transactional
    DocumentJson issue(UUID person, IssueDocument request) {
        DocumentType type = request.type();
        allowed.require(type.readPermission());
        Map<String, Object> variables = new HashMap<>();
        variables.put("person", sources.person(person));
        if (type.needsRecord() && request.recordId() == null) {
            throw new InvalidField("recordId", "problem.document.recordRequired");
        }
        switch (type) {
            case SOCIAL_INVESTIGATION_REPORT -> variables.put("investigation",
                    sources.investigation(person, request.recordId()));
            case REFERRAL_LETTER -> variables.put("referral", sources.referral(person, request.recordId()));
            case REGISTRATION_ATTESTATION -> { }
        }
        UUID recordId = type.needsRecord() ? request.recordId() : null;
        Locale locale = Locale.forLanguageTag(request.languageOrDefault());
        TenantId centre = centres.current();
        ZonedDateTime now = ZonedDateTime.now(clock);
        int number = register.next(now.getYear());
        VerificationCode code = VerificationCode.random(centre, random);
        String verifyUrl = properties.verifyUrl(code.text());
        variables.put("centreName", centres.name(centre, locale));
        variables.put("protocol", number + "/" + now.getYear());
        variables.put("issuedOn", now.toLocalDate());
        variables.put("code", code.text());
        variables.put("verifyUrl", verifyUrl);
        variables.put("issuedBy", CurrentStaff.username());
        byte[] pdf = renderer.render(type, locale, variables);
        IssuedDocument document = documents.save(new IssuedDocument(UUID.randomUUID(), person, type, recordId,
                now.getYear(), number, code.hash(), locale.getLanguage(), now.toInstant(), CurrentStaff.username(),
                pdf));
        // The type in the fields' place: the timeline shows which document, and it names nobody.
        audit.record(person, RecordType.ISSUED_DOCUMENT, document.getId(), AuditAction.ISSUE, List.of(type.name()));
        return DocumentJson.of(person, view(document)).withCode(code.text(), verifyUrl);
    }

    /** The person's register lines the reader may see (a type whose record she cannot read is left out). */
    @Transactional
    List<DocumentJson> list(UUID person) {
        sources.requireRegistered(person);
        audit.read(person, RecordType.ISSUED_DOCUMENT, null);
        return documents.ofPerson(person).stream().filter(d -> allowed.to(d.type().readPermission()))
                .map(d -> DocumentJson.of(person, d)).toList();
    }

    /** The PDF as issued; 404 for another person's, another centre's or none, 410 once erased. */
    @Transactional
    IssuedDocument pdf(UUID person, UUID id) {
        IssuedDocument document = documents.findById(id).filter(d -> d.beneficiaryId().equals(person))
                .orElseThrow(() -> RecordProblems.notFound("problem.document.notFound"));
        allowed.require(document.type().readPermission());
        if (document.pdf() == null) {
            throw new RecordProblems.Coded(HttpStatus.GONE, "problem.document.gone.title", "problem.document.gone");
        }
        audit.read(person, RecordType.ISSUED_DOCUMENT, id);
        return document;
    }

    /** What the documents page shows. */
    record Page(String name, List<DocumentJson> documents, List<DocumentSources.Choice> investigations,
            List<DocumentSources.Choice> referrals) {
    }

    @Transactional
    Page page(UUID person) {
        String name = beneficiaries.displayNames(List.of(person)).get(person);
        if (name == null) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        return new Page(name, list(person),
                allowed.to("INVESTIGATION_READ") ? sources.completedInvestigations(person) : List.of(),
                allowed.to("REFERRAL_READ") ? sources.referrals(person) : List.of());
    }

    private static DocumentView view(IssuedDocument d) {
        return new DocumentView(d.getId(), d.type(), d.recordId(), d.protocolYear(), d.protocolNumber(), d.language(),
                d.issuedAt(), d.issuedBy(), d.pdfSha256(), true);
    }
}
