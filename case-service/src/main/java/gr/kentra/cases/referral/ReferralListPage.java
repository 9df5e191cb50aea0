package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.partner.Partners;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.Cell;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.ListPage;
import gr.kentra.cases.web.Listing;
import gr.kentra.cases.web.Lists;
import gr.kentra.commons.time.Athens;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The centre's referrals; by default those awaiting the partner's answer (sent or accepted, oldest follow-up
 * first), any status on request. Every referral shown or exported is audited.
 */
@Controller
@CentrePage
@RequestMapping("/t/{centre}/referrals")
class ReferralListPage extends ListPage<ReferralListPage.Filters, Referral> {

    /** The default choice: sent or accepted, i.e. not yet closed by the partner's answer. */
    static final String AWAITING = "AWAITING";
    private static final ZoneId ATHENS = Athens.ZONE;

    private final ReferralRepository repository;
    private final Partners partners;
    private final Beneficiaries beneficiaries;
    private final MessageSource messages;

    ReferralListPage(ReferralRepository repository, Partners partners, Beneficiaries beneficiaries, AuditTrail audit,
            Allowed allowed, Lists lists, MessageSource messages) {
        super("REFERRAL_READ", audit.searchHits(RecordType.REFERRAL), allowed, lists);
        this.repository = repository;
        this.partners = partners;
        this.beneficiaries = beneficiaries;
        this.messages = messages;
    }

    /** No {@code status} at all means "awaiting an answer"; an empty one means every status. */
    record Filters(String status, String partner) {
    }

    @Override
    protected Listing<Referral> listing(String centre, Filters filters, Locale locale) {
        String chosen = filters.status() == null ? AWAITING : filters.status();
        boolean awaiting = AWAITING.equals(chosen);
        ReferralStatus status = Lists.choice(ReferralStatus.class, chosen);
        UUID partner = uuid(filters.partner());
        Specification<Referral> where = new ReferralFilter(status, partner, null, null, false)
                .specification(LocalDate.now(ATHENS));
        if (awaiting) {
            where = where.and((root, q, cb) -> root.get("status").in(ReferralStatus.SENT, ReferralStatus.ACCEPTED));
        }
        Sort order = awaiting ? ReferralFilter.FOLLOW_UP_FIRST : ReferralFilter.NEWEST_FIRST;
        List<Referral> found = repository.findAll(where, Listing.request(order)).getContent();
        List<Referral> items = Lists.capped(found);
        Map<UUID, String> names = beneficiaries.namesOf(items);
        Map<UUID, String> partnerNames = partners.names();
        Map<String, String> statuses = Lists.labels(ReferralStatus.class, "referralStatus", messages, locale);
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(AWAITING, text("page.lists.referrals.awaiting", locale));
        choices.putAll(statuses);
        Map<String, String> partnerChoices = new LinkedHashMap<>();
        partnerNames.forEach((id, name) -> partnerChoices.put(id.toString(), name));
        LocalDate today = LocalDate.now(ATHENS);
        String overdue = text("page.lists.overdue", locale);
        return new Listing<>(text("page.lists.referrals", locale), text("page.lists.referrals.file", locale),
                List.of(column("sentOn", "page.lists.sentOn", locale), column("person", "page.household.name", locale),
                        column("partner", "page.referral.partner", locale),
                        column("reason", "page.referral.reason", locale),
                        column("status", "page.request.status", locale),
                        column("followUpOn", "page.referral.followUpOn", locale),
                        column("closedOn", "page.lists.closedOn", locale)),
                items,
                r -> List.of(Cell.day(r.sentOn()),
                        Cell.link(names.get(r.beneficiaryId()), "/t/" + centre + "/people/" + r.beneficiaryId()),
                        Cell.text(partnerNames.get(r.partnerId())),
                        Cell.text(r.reason()),
                        Cell.label(statuses.get(r.status().name())),
                        followUp(r, today, overdue),
                        Cell.day(r.closedOn())),
                List.of(Listing.Filter.choice("status", text("page.request.status", locale), chosen, choices),
                        Listing.Filter.choice("partner", text("page.referral.partner", locale), filters.partner(),
                                partnerChoices)),
                found.size() > Listing.CAP);
    }

    /** The follow-up day, marked when it has passed and the partner has not answered. */
    private static Cell followUp(Referral r, LocalDate today, String overdue) {
        Cell day = Cell.day(r.followUpOn());
        if (r.followUpOn() != null && !r.status().closed() && r.followUpOn().isBefore(today)) {
            return new Cell(day.text() + " · " + overdue, r.followUpOn(), null);
        }
        return day;
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Listing.Column column(String key, String label, Locale locale) {
        return new Listing.Column(key, messages.getMessage(label, null, locale));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
