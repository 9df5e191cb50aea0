#!/usr/bin/env python3
"""Derives kentra-realm-production.json from kentra-realm.json (run from the repository root after a change to the
local realm's roles, clients or scopes; deploy/launcher's RealmFilesTest fails while the two differ).

Keeps roles, clients, scopes, service accounts and Organizations; drops kentra-cli, the demo members and users;
turns client secrets, the public URL and the Organizations' domain suffix into ${VAR} placeholders that Keycloak
resolves from the environment at import; adds TLS everywhere, stricter lockout, longer event retention, TOTP
enrolment for every account and a browser flow that asks every staff role for it at each login (RealmFilesTest
checks the flow), a short SSO idle timeout and e-mail editable by administrators only.
"""
import copy
import json
local = json.load(open('deploy/keycloak/kentra-realm.json'))
r = copy.deepcopy(local)
out = {}
for k, v in r.items():
    out[k] = v
    if k == 'sslRequired':
        out[k] = 'all'
    if k == 'accessTokenLifespan':
        out['ssoSessionIdleTimeout'] = 900
        out['ssoSessionMaxLifespan'] = 36000
    if k == 'failureFactor':
        out[k] = 5
    if k == 'eventsExpiration':
        out[k] = 15552000
    if k == 'adminEventsDetailsEnabled':
        out['otpPolicyType'] = 'totp'
        out['otpPolicyAlgorithm'] = 'HmacSHA1'
        out['otpPolicyDigits'] = 6
        out['otpPolicyPeriod'] = 30
        out['otpPolicyLookAheadWindow'] = 1
        out['otpSupportedApplications'] = ['totpAppFreeOTPName', 'totpAppGoogleName', 'totpAppMicrosoftAuthenticatorName']
        actions = [
            ('CONFIGURE_TOTP', 'Configure OTP', True, True, 10),
            ('TERMS_AND_CONDITIONS', 'Terms and Conditions', False, False, 20),
            ('UPDATE_PASSWORD', 'Update Password', True, False, 30),
            ('UPDATE_PROFILE', 'Update Profile', True, False, 40),
            ('VERIFY_EMAIL', 'Verify Email', True, False, 50),
            ('delete_account', 'Delete Account', False, False, 60),
            ('webauthn-register', 'Webauthn Register', True, False, 70),
            ('webauthn-register-passwordless', 'Webauthn Register Passwordless', True, False, 80),
            ('VERIFY_PROFILE', 'Verify Profile', True, False, 90),
            ('delete_credential', 'Delete Credential', True, False, 100),
            ('update_user_locale', 'Update User Locale', True, False, 1000),
        ]
        out['requiredActions'] = [{'alias': a, 'name': n, 'providerId': a, 'enabled': e, 'defaultAction': d,
                                   'priority': p, 'config': {}} for a, n, e, d, p in actions]
clients = []
for c in out['clients']:
    if c['clientId'] == 'kentra-cli':
        continue
    c['directAccessGrantsEnabled'] = False
    c['implicitFlowEnabled'] = False
    if 'secret' in c:
        # kentra-gateway -> ${KENTRA_GATEWAY_CLIENT_SECRET}
        c['secret'] = '${' + c['clientId'].upper().replace('-', '_') + '_CLIENT_SECRET}'
    if c['clientId'] == 'kentra-gateway':
        c['redirectUris'] = ['${KENTRA_PUBLIC_URL}/login/oauth2/code/keycloak']
        c['webOrigins'] = ['${KENTRA_PUBLIC_URL}']
        c['rootUrl'] = '${KENTRA_PUBLIC_URL}'
        c['attributes'] = dict(c.get('attributes', {}), **{'post.logout.redirect.uris': '${KENTRA_PUBLIC_URL}/'})
    clients.append(c)
out['clients'] = clients
out['users'] = [u for u in out.get('users', []) if u['username'].startswith('service-account-')]
for o in out.get('organizations', []):
    o.pop('members', None)
    o['description'] = o['description'].replace('Seed centre', 'Centre')
    for d in o.get('domains', []):
        d['name'] = d['name'].replace('.kentra.local', '.${KENTRA_ORGANIZATION_DOMAIN_SUFFIX}')
for comp in out['components'].get('org.keycloak.userprofile.UserProfileProvider', []):
    cfg = json.loads(comp['config']['kc.user.profile.config'][0])
    for a in cfg['attributes']:
        if a['name'] == 'email':
            a['permissions']['edit'] = ['admin']
    comp['config']['kc.user.profile.config'] = [json.dumps(cfg, ensure_ascii=False, separators=(',', ':'))]
# OTP at every login for every staff role ("Condition - user role"; Keycloak 26 conditional flows). Conditions in
# one conditional sub-flow all have to hold, so "any staff role" is one sub-flow per role that also requires none
# of the roles before it: exactly one asks for the code, once. Roles held only by service accounts never log in.
service_roles = {role for u in local.get('users', []) if u.get('serviceAccountClientId')
                 for role in u.get('realmRoles', [])}
staff_roles = [role['name'] for role in local['roles']['realm'] if role['name'] not in service_roles]


def execution(authenticator, requirement, priority, config=None):
    e = {'authenticator': authenticator, 'authenticatorFlow': False, 'requirement': requirement,
         'priority': priority, 'autheticatorFlow': False, 'userSetupAllowed': False}
    if config:
        e['authenticatorConfig'] = config
    return e


def subflow(alias, requirement, priority):
    return {'authenticatorFlow': True, 'requirement': requirement, 'priority': priority,
            'autheticatorFlow': True, 'flowAlias': alias, 'userSetupAllowed': False}


def flow(alias, description, executions, top_level=False, provider='basic-flow'):
    return {'alias': alias, 'description': description, 'providerId': provider, 'topLevel': top_level,
            'builtIn': False, 'authenticationExecutions': executions}


configs = []
otp_flows = []
for i, role in enumerate(staff_roles):
    conditions = []
    for j, earlier in enumerate(staff_roles[:i]):
        configs.append({'alias': 'kentra-otp-%d-not-%s' % (i + 1, earlier),
                        'config': {'condUserRole': earlier, 'negate': 'true'}})
        conditions.append(execution('conditional-user-role', 'REQUIRED', 20 + j, configs[-1]['alias']))
    configs.append({'alias': 'kentra-otp-%d-%s' % (i + 1, role), 'config': {'condUserRole': role, 'negate': 'false'}})
    otp_flows.append(flow('kentra OTP for %s' % role, 'One-time password for the %s role' % role,
                          [execution('conditional-user-role', 'REQUIRED', 10, configs[-1]['alias'])] + conditions
                          + [execution('auth-otp-form', 'REQUIRED', 100)]))
out['browserFlow'] = 'kentra browser'
out['directGrantFlow'] = 'direct grant'
out['registrationFlow'] = 'registration'
out['authenticatorConfig'] = configs
out['authenticationFlows'] = [
    flow('kentra browser', 'Keycloak 26 browser login (organization identity-first) with OTP for every staff role', [
        execution('auth-cookie', 'ALTERNATIVE', 10),
        execution('identity-provider-redirector', 'ALTERNATIVE', 25),
        subflow('kentra organization', 'ALTERNATIVE', 26),
        subflow('kentra forms', 'ALTERNATIVE', 30)], top_level=True),
    flow('kentra organization', 'Organization identity-first login', [
        subflow('kentra conditional organization', 'CONDITIONAL', 10)]),
    flow('kentra conditional organization', 'Organization identity-first login when no user is known yet', [
        execution('conditional-user-configured', 'REQUIRED', 10),
        execution('organization', 'ALTERNATIVE', 20)]),
    flow('kentra forms', 'Username and password, then the one-time password of a staff role', [
        execution('auth-username-password-form', 'REQUIRED', 10)]
        + [subflow(f['alias'], 'CONDITIONAL', 20 + i) for i, f in enumerate(otp_flows)]),
] + otp_flows + [
    # Keycloak's own direct grant and registration flows (an import that lists flows gets only those listed).
    flow('direct grant', 'OpenID Connect Resource Owner Grant', [
        execution('direct-grant-validate-username', 'REQUIRED', 10),
        execution('direct-grant-validate-password', 'REQUIRED', 20),
        subflow('Direct Grant - Conditional OTP', 'CONDITIONAL', 30)], top_level=True),
    flow('Direct Grant - Conditional OTP', 'Flow to determine if the OTP is required for the authentication', [
        execution('conditional-user-configured', 'REQUIRED', 10),
        execution('direct-grant-validate-otp', 'REQUIRED', 20)]),
    flow('registration', 'Registration flow', [
        dict(execution('registration-page-form', 'REQUIRED', 10), authenticatorFlow=True, autheticatorFlow=True,
             flowAlias='registration form')], top_level=True),
    flow('registration form', 'Registration form', [
        execution('registration-user-creation', 'REQUIRED', 20),
        execution('registration-password-action', 'REQUIRED', 50),
        execution('registration-recaptcha-action', 'DISABLED', 60),
        execution('registration-terms-and-conditions', 'DISABLED', 70)], provider='form-flow'),
]
json.dump(out, open('deploy/keycloak/kentra-realm-production.json', 'w'), ensure_ascii=False, indent=2)
open('deploy/keycloak/kentra-realm-production.json', 'a').write('\n')
