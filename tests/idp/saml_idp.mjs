// A SAML 2.0 identity provider for the tests, on loopback:
//   node tests/idp/saml_idp.mjs --port N --config FILE
// The config (JSON): { base_url, entity_id, key_file, cert_file, admin_token,
// users: [{ login, password, claims: { sub, email, given_name, family_name, ...,
// groups, amr, acr? } }], service_providers?: [{ entity_id, acs_url }] }.
// GET /metadata is the IdP's metadata; GET /sso takes an AuthnRequest by the
// HTTP-Redirect binding and shows a real sign-in form; a correct sign-in answers
// the ACS URL of the request, by the HTTP-POST binding, with a Response whose
// Assertion and Response are both signed (xml-crypto, RSA-SHA256). Without
// service_providers any ACS URL is answered. tests/idp/servers.py (SamlIdp)
// starts and drives it.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { inflateRawSync } from 'node:zlib';

import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';

import {
  adminRoute, Directory, escapeHtml, listen, loginPage, page, readForm, readOptions, send,
  WRONG_CREDENTIALS,
} from './common.mjs';

const { port, config } = readOptions();
const directory = new Directory(config.users);
const privateKey = readFileSync(config.key_file);
const certificate = readFileSync(config.cert_file, 'utf8');
const certificateBody = certificate.replace(/-----[^-]+-----|\s/g, '');

const NS = {
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  metadata: 'urn:oasis:names:tc:SAML:2.0:metadata',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
};
const POST_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const REDIRECT_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';
const PASSWORD_CLASS = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';
// The REFEDS MFA profile: the class IdPs send when a second factor was used.
const MFA_CLASS = 'https://refeds.org/profile/mfa';
// Claims → SAML attribute names (basic name format).
const ATTRIBUTES = {
  email: 'email',
  given_name: 'first_name',
  family_name: 'last_name',
  employee_id: 'employee_id',
  department: 'department',
  team: 'team',
  manager_email: 'manager_email',
  groups: 'groups',
  locale: 'locale',
  // As Entra ID sends the methods used: a second factor shows as multipleauthn.
  amr: 'http://schemas.microsoft.com/claims/authnmethodsreferences',
};

// AuthnRequests waiting for their sign-in, by a random key the form carries.
const pending = new Map();
const PENDING_SECONDS = 10 * 60;

const xml = (value) => escapeHtml(value);
const samlId = () => `_${randomBytes(20).toString('hex')}`;
const instant = (offsetSeconds = 0) => new Date(Date.now() + offsetSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function metadata() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="${NS.metadata}" xmlns:ds="${NS.dsig}" entityID="${xml(config.entity_id)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="${NS.protocol}">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificateBody}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>${PERSISTENT}</md:NameIDFormat>
    <md:SingleSignOnService Binding="${REDIRECT_BINDING}" Location="${xml(config.base_url)}/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`;
}

// The AuthnRequest of an HTTP-Redirect binding: base64 of raw DEFLATE.
function readAuthnRequest(encoded) {
  const text = inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8');
  let error = null;
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') error = message; } })
    .parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (error || !root || root.namespaceURI !== NS.protocol || root.localName !== 'AuthnRequest') {
    throw new Error('SAMLRequest is not an AuthnRequest');
  }
  const issuer = root.getElementsByTagNameNS(NS.assertion, 'Issuer')[0]?.textContent?.trim();
  const request = {
    id: root.getAttribute('ID'),
    acsUrl: root.getAttribute('AssertionConsumerServiceURL'),
    binding: root.getAttribute('ProtocolBinding') || POST_BINDING,
    issuer,
  };
  if (!request.id || !request.issuer) throw new Error('AuthnRequest without ID or Issuer');
  const known = config.service_providers ?? [];
  if (known.length) {
    const sp = known.find((each) => each.entity_id === issuer);
    if (!sp) throw new Error(`unknown service provider ${issuer}`);
    if (request.acsUrl && request.acsUrl !== sp.acs_url) throw new Error('AssertionConsumerServiceURL not registered');
    request.acsUrl = sp.acs_url;
  }
  if (!request.acsUrl) throw new Error('AuthnRequest without AssertionConsumerServiceURL');
  if (request.binding !== POST_BINDING) throw new Error('only the HTTP-POST binding is answered');
  return request;
}

function attributeStatement(claims) {
  const attributes = Object.entries(ATTRIBUTES)
    .filter(([claim]) => claims[claim] !== undefined && claims[claim] !== null)
    .map(([claim, name]) => {
      const values = Array.isArray(claims[claim]) ? claims[claim] : [claims[claim]];
      return `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">${values
        .map((value) => `<saml:AttributeValue xsi:type="xs:string">${xml(value)}</saml:AttributeValue>`)
        .join('')}</saml:Attribute>`;
    });
  return `<saml:AttributeStatement>${attributes.join('')}</saml:AttributeStatement>`;
}

function authnContextClass(claims) {
  if (claims.saml_authn_context) return claims.saml_authn_context;
  return (claims.amr ?? []).includes('mfa') ? MFA_CLASS : PASSWORD_CLASS;
}

function sign(document, elementName, issuerParent) {
  const signer = new SignedXml({
    privateKey,
    publicCert: certificate,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  signer.addReference({
    xpath: `//*[local-name(.)='${elementName}']`,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  // The schema puts the Signature right after the element's Issuer.
  signer.computeSignature(document, {
    prefix: 'ds',
    location: { reference: `//*[local-name(.)='${issuerParent}']/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return signer.getSignedXml();
}

function samlResponse(request, user) {
  const { claims } = user;
  const now = instant();
  const assertion = `<saml:Assertion xmlns:saml="${NS.assertion}" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="${samlId()}" Version="2.0" IssueInstant="${now}">`
    + `<saml:Issuer>${xml(config.entity_id)}</saml:Issuer>`
    + '<saml:Subject>'
    + `<saml:NameID Format="${PERSISTENT}">${xml(claims.sub)}</saml:NameID>`
    + '<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">'
    + `<saml:SubjectConfirmationData InResponseTo="${xml(request.id)}" NotOnOrAfter="${instant(300)}" Recipient="${xml(request.acsUrl)}"/>`
    + '</saml:SubjectConfirmation></saml:Subject>'
    + `<saml:Conditions NotBefore="${instant(-60)}" NotOnOrAfter="${instant(300)}">`
    + `<saml:AudienceRestriction><saml:Audience>${xml(request.issuer)}</saml:Audience></saml:AudienceRestriction>`
    + '</saml:Conditions>'
    + `<saml:AuthnStatement AuthnInstant="${now}" SessionIndex="${samlId()}">`
    + `<saml:AuthnContext><saml:AuthnContextClassRef>${xml(authnContextClass(claims))}</saml:AuthnContextClassRef></saml:AuthnContext>`
    + '</saml:AuthnStatement>'
    + attributeStatement(claims)
    + '</saml:Assertion>';
  const response = `<samlp:Response xmlns:samlp="${NS.protocol}" xmlns:saml="${NS.assertion}" ID="${samlId()}" Version="2.0" IssueInstant="${now}" Destination="${xml(request.acsUrl)}" InResponseTo="${xml(request.id)}">`
    + `<saml:Issuer>${xml(config.entity_id)}</saml:Issuer>`
    + '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
    + assertion
    + '</samlp:Response>';
  const signedAssertion = sign(response, 'Assertion', 'Assertion');
  return sign(signedAssertion, 'Response', 'Response');
}

// The browser carries the Response to the service provider: a form that
// submits itself (autopost.js), with a button for browsers without scripts.
function postBack(request, relayState, response) {
  const relay = relayState ? `<input type="hidden" name="RelayState" value="${escapeHtml(relayState)}">` : '';
  return page('Signing in', `<h1>Signing in</h1>
<form id="saml-post" method="post" action="${escapeHtml(request.acsUrl)}">
<input type="hidden" name="SAMLResponse" value="${Buffer.from(response, 'utf8').toString('base64')}">
${relay}
<button type="submit">Continue</button>
</form>
<script src="/autopost.js"></script>`);
}

const AUTOPOST = "document.getElementById('saml-post').submit();\n";

function forget() {
  const now = Date.now();
  for (const [key, entry] of pending) {
    if (entry.expires < now) pending.delete(key);
  }
}

const heading = `Sign in to ${config.name ?? 'Company directory'}`;

async function sso(req, res, url) {
  forget();
  if (req.method === 'GET') {
    const encoded = url.searchParams.get('SAMLRequest');
    if (!encoded) {
      send(res, 400, page('Sign-in failed', '<h1>Sign-in failed</h1><p>No SAMLRequest.</p>'));
      return;
    }
    const request = readAuthnRequest(encoded);
    const key = randomBytes(24).toString('hex');
    pending.set(key, { request, relayState: url.searchParams.get('RelayState'), expires: Date.now() + PENDING_SECONDS * 1000 });
    send(res, 200, loginPage({ heading, action: '/sso/login', hidden: { request: key } }));
    return;
  }
  const form = new URLSearchParams(await readForm(req));
  const key = form.get('request') ?? '';
  const entry = pending.get(key);
  if (!entry) {
    send(res, 400, page('Sign-in failed', '<h1>Sign-in failed</h1><p>This sign-in request expired; start again from the application.</p>'));
    return;
  }
  const user = directory.authenticate(form.get('login'), form.get('password'));
  if (!user) {
    send(res, 200, loginPage({ heading, action: '/sso/login', hidden: { request: key }, error: WRONG_CREDENTIALS, login: form.get('login') ?? '' }));
    return;
  }
  pending.delete(key);
  send(res, 200, postBack(entry.request, entry.relayState, samlResponse(entry.request, user)));
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, config.base_url);
  try {
    if (await adminRoute(req, res, url, directory, config.admin_token)) return;
    if (url.pathname === '/metadata' && req.method === 'GET') {
      send(res, 200, metadata(), 'application/samlmetadata+xml');
    } else if (url.pathname === '/autopost.js' && req.method === 'GET') {
      send(res, 200, AUTOPOST, 'text/javascript');
    } else if ((url.pathname === '/sso' && req.method === 'GET') || (url.pathname === '/sso/login' && req.method === 'POST')) {
      await sso(req, res, url);
    } else {
      send(res, 404, page('Not found', '<h1>Not found</h1>'));
    }
  } catch (error) {
    process.stderr.write(`${error.stack}\n`);
    if (!res.headersSent) send(res, 400, page('Sign-in failed', `<h1>Sign-in failed</h1><p>${escapeHtml(error.message)}</p>`));
  }
});

listen(server, port, 'SAML identity provider');
