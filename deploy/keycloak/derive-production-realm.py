#!/usr/bin/env python3
"""Derives kentra-realm-production.json from kentra-realm.json (run from the repository root after a change to the
local realm's roles, clients or scopes; deploy/launcher's RealmFilesTest fails while the two differ).

Keeps roles, clients, scopes, service accounts and Organizations; drops kentra-cli, the demo members and users;
turns client secrets, the public URL and the Organizations' domain suffix into ${VAR} placeholders that Keycloak
resolves from the environment at import; adds TLS everywhere, stricter lockout, longer event retention, TOTP
enrolment for every account, a short SSO idle timeout and e-mail editable by administrators only.
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
json.dump(out, open('deploy/keycloak/kentra-realm-production.json', 'w'), ensure_ascii=False, indent=2)
open('deploy/keycloak/kentra-realm-production.json', 'a').write('\n')
