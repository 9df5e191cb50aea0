/**
 * The services directory that referrals go to, after Open Referral HSDS 3.0 (organization, service, location,
 * contact, service area, eligibility), served and read as HSDS JSON, with its page. Uses system, web and tenancy (the
 * centre's region, from the registry); never the casework (requests, referrals) nor the partner module, which keeps
 * the private entries behind {@code PrivateEntries} and offers the directory to referrals.
 *
 * <p>Where it lives. A region's centres share one directory and each keeps private entries. The private entries
 * are the centre's partners, in its own schema as before (migrated in place), so they move, archive and drop with
 * the centre. The shared entries are one table in the {@code platform} schema on the default cell, keyed by region:
 * beside the registry that already holds each centre's region (given by tenant-service at provisioning), so a
 * centre's region is read where it is written, with no new call to tenant-service and no new store. A directory of
 * services is organisational data, not personal, so a table shared by centres breaks no rule of tenancy: no query
 * mixes centres' personal data, every regional statement names the centre's own region (never one from the
 * request), and nothing there is keyed by or points to a person. Owning it in tenant-service instead would add a
 * service-to-service call to every referral form for the same guarantee.
 */
@ApplicationModule(allowedDependencies = {"system", "web", "tenancy"})
package gr.kentra.cases.directory;

import org.springframework.modulith.ApplicationModule;
