package gr.kentra.cases.requesttype;

import java.util.List;
import java.util.Locale;

import gr.kentra.cases.system.RecordProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue is no personal data: it is not audited, and the coordinator alone changes it. */
@Service
class RequestTypeService {

    private final RequestTypeRepository repository;

    RequestTypeService(RequestTypeRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    List<RequestTypeView> list(Boolean active, Locale locale) {
        return repository.findAllByOrderByStandardDescCodeAsc().stream().filter(type -> active == null || type.active() == active)
                .map(type -> RequestTypeView.of(type, locale)).toList();
    }

    @Transactional
    RequestTypeView add(NewRequestType request, Locale locale) {
        if (repository.existsById(request.code())) {
            throw duplicate(request.code());
        }
        return RequestTypeView.of(repository.saveAndFlush(RequestType.ofCentre(request)), locale);
    }

    @Transactional
    RequestTypeView change(String code, RequestTypeChange change, Locale locale) {
        RequestType type = repository.findById(code)
                .orElseThrow(() -> RecordProblems.notFound("problem.requestType.notFound"));
        RecordProblems.requireVersion(type.version(), change.version());
        type.apply(change);
        return RequestTypeView.of(repository.saveAndFlush(type), locale);
    }

    @Transactional(readOnly = true)
    Long versionOf(String code) {
        return repository.findById(code).map(RequestType::version).orElse(null);
    }

    static RecordProblems.Coded duplicate(String code) {
        var problem = new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.requestType.duplicate.title",
                "problem.requestType.duplicate");
        problem.getBody().setProperty("existing", "/api/request-types/" + code);
        return problem;
    }
}
