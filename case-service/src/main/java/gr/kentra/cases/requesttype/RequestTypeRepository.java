package gr.kentra.cases.requesttype;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestTypeRepository extends JpaRepository<RequestType, String> {

    List<RequestType> findAllByOrderByStandardDescCodeAsc();
}
