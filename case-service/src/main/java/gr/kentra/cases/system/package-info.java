/**
 * What every module shares: security and the permission table, problem details, locale, paging, edits and plausible
 * dates. Uses no other module (the tenant filter joins the security chain from tenancy). Its door, the base package,
 * holds the types other modules name ({@code Allowed}, {@code CurrentStaff}, {@code RecordProblems}, {@code Created},
 * {@code InvalidField}, {@code Paging}, {@code ListFilter}, {@code Edits}, {@code StatusFlow}, the date constraints);
 * the machinery lives in rooms of one concern: {@code security} (the chain, the permission table, the secrets check),
 * {@code dates} (the date constraints' validators and their {@code kentra.casework} bounds) and {@code api} (the
 * problem advice and the OpenAPI description).
 */
@ApplicationModule(allowedDependencies = {})
package gr.kentra.cases.system;

import org.springframework.modulith.ApplicationModule;
