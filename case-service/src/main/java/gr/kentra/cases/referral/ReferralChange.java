package gr.kentra.cases.referral;

import java.time.LocalDate;

import gr.kentra.cases.system.FollowUpDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of PUT: the reason and the follow-up date (null = no follow-up), with the version read. Partner and
 * person never change; status and outcome change only through a transition.
 */
@Schema(example = """
        {"reason":"Τρόφιμα για οικογένεια τεσσάρων μελών.","followUpOn":"2026-03-23","version":0}""")
record ReferralChange(
        @NotBlank @Size(max = 4000) String reason,
        @FollowUpDate LocalDate followUpOn,
        @NotNull Long version) {
}
