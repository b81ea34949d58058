"""Certificates as Open Badges 3.0 verifiable credentials: issued, verified by
our own code and by Digital Bazaar's libraries (tests/credentials/oracle.mjs),
refused when changed, revoked through the status list, still ours after a key
rotation, and baked into a badge image."""

import copy
import hashlib
import io
import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from PIL import Image

from courses import services as course_services
from courses.models import Certificate
from credentials import badges, documents, keys, proofs, selectors, verification
from credentials.models import Credential, StatusList
from credentials.services import credential_issue
from tests.courses.builders import build_course
from tests.credentials.oracle import oracle_verify
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

#: A second key, for rotations (made by `manage.py credentials_key`).
OTHER_SEED = bytes(range(32))
OTHER_KEY = keys.secret_multibase(OTHER_SEED)


@pytest.fixture
def certificate():
    course = build_course("Empathy basics", modules=1, lessons=1, summary="Listen, then act.")
    learner = UserFactory(first_name="Léa", last_name="Martin", email="Lea@Example.com")
    course_services.enrollment_create(user=learner, course=course.page)
    course_services.lesson_complete(
        user=learner, course=course.page, lesson_id=course.lessons[0].pk
    )
    return Certificate.objects.get(user=learner)


def download(client, certificate) -> dict:
    client.force_login(certificate.user)
    response = client.get(reverse("credentials:json", args=[certificate.code]))
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def status_list_of(client, credential: dict) -> dict:
    url = credential["credentialStatus"]["statusListCredential"]
    response = client.get(url.removeprefix(documents.site_url("")))
    assert response.status_code == 200
    return {url: json.loads(response.content)}


def leaves(value, path=()):
    """Every (path, value) of a string, number or boolean in the JSON."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*path, index))
    else:
        yield path, value


def changed(document: dict, path: tuple) -> dict:
    altered = copy.deepcopy(document)
    holder = altered
    for step in path[:-1]:
        holder = holder[step]
    old = holder[path[-1]]
    if isinstance(old, bool):
        holder[path[-1]] = not old
    elif isinstance(old, str):
        holder[path[-1]] = old + "1" if not old.endswith("1") else old[:-1] + "2"
    else:
        holder[path[-1]] = old + 1
    return altered


# --- What is issued ---------------------------------------------------------------------


def test_the_credential_is_an_open_badge_of_the_certificate(client, certificate):
    response = client.get(reverse("credentials:json", args=[certificate.code]))
    assert response.status_code == 302  # sign in first

    credential = download(client, certificate)
    response = client.get(reverse("credentials:json", args=[certificate.code]))
    assert response["Content-Type"] == "application/vc"
    assert f'filename="credential-{certificate.code}.json"' in response["Content-Disposition"]

    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["id"].endswith(f"/certificates/{certificate.code}/credential.json")
    did = f"did:key:{keys.keys().current}"
    assert credential["issuer"] == {
        "id": did,
        "type": ["Profile"],
        "name": "Human Edge Academy",
        "url": documents.site_url("/"),
    }
    assert credential["validFrom"] == documents.timestamp(certificate.issued_at)
    subject = credential["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    achievement = subject["achievement"]
    assert achievement["id"] == f"urn:uuid:{certificate.course.translation_key}"
    assert achievement["name"] == "Empathy basics"
    assert achievement["description"] == "Listen, then act."
    assert "1 of 1 required lesson done" in achievement["criteria"]["narrative"]

    # The holder is named by a salted hash of their address, never the address.
    text = json.dumps(credential)
    assert "lea@example.com" not in text.lower()
    assert "Léa" not in text and "Martin" not in text
    (identity,) = subject["identifier"]
    salt = identity["salt"]
    assert identity["hashed"] is True and identity["identityType"] == "emailAddress"
    expected = hashlib.sha256(("lea@example.com" + salt).encode()).hexdigest()
    assert identity["identityHash"] == f"sha256${expected}"

    row = Credential.objects.get(certificate=certificate)
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert status["statusListIndex"] == str(row.status_index)
    assert status["statusListCredential"] == documents.site_url(
        reverse("credentials:status_list", args=[row.status_list_id])
    )
    proof = credential["proof"]
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["verificationMethod"] == f"{did}#{keys.keys().current}"
    assert proof["proofPurpose"] == "assertionMethod"


def test_downloading_again_gives_the_same_credential(client, certificate):
    first = download(client, certificate)
    assert download(client, certificate) == first
    assert Credential.objects.count() == 1


def test_the_credential_speaks_the_language_it_is_signed_in(client, certificate):
    row = credential_issue(certificate=certificate)
    for language in ("en", "es", "fr"):
        with translation.override(language):
            credential = selectors.credential_document(credential=row)
            expected = translation.gettext("Certificate of completion: %(course)s")
        assert credential["name"] == expected % {"course": "Empathy basics"}
        assert proofs.verify(credential)


def test_status_indexes_are_random_and_lists_are_large():
    course = build_course("Many", modules=1, lessons=1)
    indexes = []
    for _n in range(8):
        learner = UserFactory()
        course_services.enrollment_create(user=learner, course=course.page)
        course_services.lesson_complete(
            user=learner, course=course.page, lesson_id=course.lessons[0].pk
        )
        indexes.append(credential_issue(certificate=learner.certificates.get()).status_index)
    assert StatusList.objects.get().size >= 131_072
    assert indexes != sorted(indexes)
    assert max(indexes) > 1000


# --- Verification -----------------------------------------------------------------------


def test_an_issued_credential_verifies_here_and_with_an_independent_verifier(
    client, certificate, oracle
):
    credential = download(client, certificate)
    assert proofs.verify(credential)
    result = verification.check(credential)
    assert result.verdict == verification.VERIFIED
    assert result.course == "Empathy basics"
    assert result.code == certificate.code

    verdict = oracle_verify(credential, status_list_of(client, credential))
    assert verdict == {"verified": True, "signature": True, "status": "valid", "errors": []}


def test_any_field_changed_fails(client, certificate):
    credential = download(client, certificate)
    paths = [path for path, _value in leaves(credential)]
    assert len(paths) > 25
    for path in paths:
        result = verification.check(changed(credential, path))
        if path[0] == "proof" and path[1] == "verificationMethod":
            assert result.verdict == verification.TAMPERED or (
                result.verdict == verification.UNKNOWN_KEY
            ), path
        else:
            assert result.verdict == verification.TAMPERED, path


def test_a_changed_credential_fails_the_independent_verifier_too(client, certificate, oracle):
    credential = download(client, certificate)
    lists = status_list_of(client, credential)
    for path in [
        ("credentialSubject", "achievement", "name"),
        ("credentialSubject", "identifier", 0, "identityHash"),
        ("validFrom",),
        ("credentialStatus", "statusListIndex"),
        ("issuer", "name"),
    ]:
        verdict = oracle_verify(changed(credential, path), lists)
        assert verdict["verified"] is False and verdict["signature"] is False, path


def test_additions_that_json_ld_would_drop_unsigned_are_refused(client, certificate):
    credential = download(client, certificate)
    extra = [
        {**credential, "description": None},
        {**credential, "evidence": []},
        {**credential, "@context": [*credential["@context"], {"note": None}], "note": "x"},
        {**credential, "@included": {"id": "urn:x"}},
        {**credential, "proof": [credential["proof"]]},
        {key: value for key, value in credential.items() if key != "proof"},
    ]
    for document in extra:
        assert verification.check(document).verdict == verification.TAMPERED


def test_a_credential_signed_by_another_key_is_unknown(client, certificate, settings):
    credential = download(client, certificate)
    stranger = keys.Ed25519PrivateKey.from_private_bytes(bytes(32))
    unsigned = {key: value for key, value in credential.items() if key != "proof"}
    forged = proofs.sign(unsigned, key=stranger, created="2026-01-01T00:00:00Z")
    assert proofs.verify(forged)  # a valid signature, but not ours
    assert verification.check(forged).verdict == verification.UNKNOWN_KEY


# --- Revocation -------------------------------------------------------------------------


def test_revoking_the_certificate_sets_its_bit_in_the_status_list(client, certificate, oracle):
    credential = download(client, certificate)
    row = Credential.objects.get()
    lists = status_list_of(client, credential)
    bits = documents.decoded_list(next(iter(lists.values()))["credentialSubject"]["encodedList"])
    assert len(bits) * 8 == 131_072
    assert not any(bits)

    course_services.certificate_revoke(certificate=certificate)

    lists = status_list_of(client, credential)
    status_list = next(iter(lists.values()))
    bits = documents.decoded_list(status_list["credentialSubject"]["encodedList"])
    assert documents.bit_is_set(bits, row.status_index)
    assert sum(bin(byte).count("1") for byte in bits) == 1
    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status_list["issuer"] == credential["issuer"]["id"]
    assert proofs.verify(status_list)

    assert verification.check(credential).verdict == verification.REVOKED
    verdict = oracle_verify(credential, lists)
    assert verdict["signature"] is True
    assert verdict["status"] == "revoked"
    assert verdict["verified"] is False

    # The holder can no longer download it, as the PDF (a refused read is 404).
    for name in ("courses:certificate_download", "credentials:json", "credentials:badge"):
        assert client.get(reverse(name, args=[certificate.code])).status_code == 404


def test_the_revoke_command(certificate, capsys):
    call_command("revoke_certificate", certificate.code.lower())
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert "Revoked" in capsys.readouterr().out


def test_a_deleted_certificate_reads_as_revoked(client, certificate):
    credential = download(client, certificate)
    row = Credential.objects.get()
    certificate.delete()
    row.refresh_from_db()
    assert row.certificate is None
    lists = status_list_of(client, credential)
    bits = documents.decoded_list(next(iter(lists.values()))["credentialSubject"]["encodedList"])
    assert documents.bit_is_set(bits, row.status_index)
    assert verification.check(credential).verdict == verification.REVOKED


# --- Key rotation -----------------------------------------------------------------------


def test_after_a_routine_rotation_old_credentials_still_verify_everywhere(
    client, certificate, settings, oracle
):
    old = download(client, certificate)
    old_key = keys.keys().current
    old_secret = keys.secret_multibase(
        hashlib.sha256(f"credentials-signing-key:{settings.SECRET_KEY}".encode()).digest()
    )

    settings.CREDENTIALS_SIGNING_KEY = OTHER_KEY
    settings.CREDENTIALS_RETIRED_KEYS = [old_secret]
    assert keys.keys().current != old_key

    assert verification.check(old).verdict == verification.VERIFIED
    # Its status list is still published, signed by the retired key.
    lists = status_list_of(client, old)
    assert next(iter(lists.values()))["issuer"] == f"did:key:{old_key}"
    assert oracle_verify(old, lists)["verified"] is True

    # A new download is signed by the new key, with a place in a list of its own.
    new = download(client, certificate)
    assert new["issuer"]["id"] == f"did:key:{keys.keys().current}"
    assert (
        new["credentialStatus"]["statusListCredential"]
        != (old["credentialStatus"]["statusListCredential"])
    )
    assert oracle_verify(new, status_list_of(client, new))["verified"] is True

    # Revoking reaches both.
    course_services.certificate_revoke(certificate=certificate)
    assert verification.check(old).verdict == verification.REVOKED
    assert verification.check(new).verdict == verification.REVOKED

    # The issuer's profile names the earlier key as one of its identifiers.
    profile = json.loads(client.get(reverse("credentials:issuer")).content)
    assert profile["id"] == f"did:key:{keys.keys().current}"
    assert profile["otherIdentifier"][0]["identifier"] == f"did:key:{old_key}"


def test_a_key_withdrawn_to_its_public_half_still_verifies_here(client, certificate, settings):
    old = download(client, certificate)
    old_did = f"did:key:{keys.keys().current}"
    settings.CREDENTIALS_SIGNING_KEY = OTHER_KEY

    settings.CREDENTIALS_RETIRED_KEYS = []
    assert verification.check(old).verdict == verification.UNKNOWN_KEY

    settings.CREDENTIALS_RETIRED_KEYS = [old_did]
    assert verification.check(old).verdict == verification.VERIFIED
    # Its list can no longer be signed: gone, not signed by another issuer.
    url = old["credentialStatus"]["statusListCredential"]
    assert client.get(url.removeprefix(documents.site_url(""))).status_code == 410


def test_the_key_command_makes_a_key_the_settings_accept(settings, capsys):
    call_command("credentials_key")
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("CREDENTIALS_SIGNING_KEY="))
    settings.CREDENTIALS_SIGNING_KEY = line.split("=", 1)[1]
    did = f"did:key:{keys.keys().current}"
    assert did in out
    call_command("credentials_key", "--current")
    assert capsys.readouterr().out.strip() == did


def test_a_malformed_key_stops_the_start(settings):
    settings.CREDENTIALS_SIGNING_KEY = "z6MkNotAPrivateKey"
    with pytest.raises(ImproperlyConfigured):
        keys.keys()


# --- The badge image ----------------------------------------------------------------------


def test_the_badge_carries_the_credential(client, certificate, oracle):
    client.force_login(certificate.user)
    response = client.get(reverse("credentials:badge", args=[certificate.code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert f'filename="badge-{certificate.code}.png"' in response["Content-Disposition"]
    png = response.content

    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.size == (badges.SIZE, badges.SIZE)
    baked = json.loads(badges.baked_credential(png))
    assert baked == download(client, certificate)
    # An iTXt chunk, uncompressed, with the Open Badges 3.0 keyword.
    assert b"iTXtopenbadgecredential\x00\x00\x00" in png
    assert verification.check(baked).verdict == verification.VERIFIED
    assert oracle_verify(baked, status_list_of(client, baked))["verified"] is True


def test_only_the_holder_downloads_the_credential(client, certificate):
    stranger = UserFactory()
    client.force_login(stranger)
    for name in ("credentials:json", "credentials:badge"):
        assert client.get(reverse(name, args=[certificate.code])).status_code == 404
        assert client.get(reverse(name, args=["NOPE-NOPE-NOPE"])).status_code == 404
    assert not Credential.objects.exists()


# --- Public documents -----------------------------------------------------------------------


def test_the_issuer_profile_is_public_json(client):
    response = client.get(reverse("credentials:issuer"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    profile = json.loads(response.content)
    assert profile["type"] == ["Profile"]
    assert profile["name"] == "Human Edge Academy"
    assert profile["id"] == f"did:key:{keys.keys().current}"


def test_an_unknown_status_list_is_404(client):
    assert client.get(reverse("credentials:status_list", args=[999])).status_code == 404


def test_without_the_contexts_credentials_are_unavailable_not_broken(
    client, certificate, settings, tmp_path
):
    settings.CREDENTIALS_CONTEXTS_DIR = tmp_path
    client.force_login(certificate.user)
    assert client.get(reverse("credentials:json", args=[certificate.code])).status_code == 503
    assert client.get(reverse("credentials:check")).status_code == 503
    page = client.get(reverse("courses:certificate_verify", args=[certificate.code]))
    assert page.status_code == 200
    assert reverse("credentials:json", args=[certificate.code]) not in page.content.decode()


# --- The certificate page and the check page ---------------------------------------------------


def test_the_certificate_page_offers_the_credential_to_its_holder_only(client, certificate):
    url = reverse("courses:certificate_verify", args=[certificate.code])
    json_url = reverse("credentials:json", args=[certificate.code])
    html = client.get(url).content.decode()
    assert "Open Badge" in html
    assert reverse("credentials:check") in html
    assert json_url not in html

    client.force_login(certificate.user)
    html = client.get(url).content.decode()
    assert json_url in html
    assert reverse("credentials:badge", args=[certificate.code]) in html


@pytest.fixture
def checks(settings):
    settings.CREDENTIAL_CHECKS_PER_MINUTE = 1000


def check_page(client, **data):
    return client.post(reverse("credentials:check"), data)


def test_the_check_page_gives_each_verdict(client, certificate, checks):
    credential = download(client, certificate)
    client.logout()

    response = check_page(client, credential=json.dumps(credential))
    assert response.status_code == 200
    assert response.context["result"].verdict == "verified"
    assert "This credential is valid" in response.content.decode()

    tampered = changed(credential, ("credentialSubject", "achievement", "name"))
    response = check_page(client, credential=json.dumps(tampered))
    assert response.context["result"].verdict == "tampered"
    assert "has been changed" in response.content.decode()

    stranger = keys.Ed25519PrivateKey.from_private_bytes(bytes(32))
    unsigned = {key: value for key, value in credential.items() if key != "proof"}
    forged = proofs.sign(unsigned, key=stranger, created="2026-01-01T00:00:00Z")
    response = check_page(client, credential=json.dumps(forged))
    assert response.context["result"].verdict == "unknown_key"

    course_services.certificate_revoke(certificate=certificate)
    response = check_page(client, credential=json.dumps(credential))
    assert response.context["result"].verdict == "revoked"
    assert "has been revoked" in response.content.decode()


def test_the_check_page_reads_a_badge(client, certificate, checks):
    client.force_login(certificate.user)
    png = client.get(reverse("credentials:badge", args=[certificate.code])).content
    client.logout()
    upload = io.BytesIO(png)
    upload.name = "badge.png"
    response = client.post(reverse("credentials:check"), {"badge": upload})
    assert response.status_code == 200
    assert response.context["result"].verdict == "verified"


DEEP = {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": {"j": "k"}}}}}}}}}}


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "Paste a credential"),
        ({"credential": "{not json"}, "This is not JSON"),
        ({"credential": "[1, 2]"}, "should be one object"),
        ({"credential": "[" * 5000 + "]" * 5000}, "This is not JSON"),
        ({"credential": json.dumps({"a": "é" * 70_000})}, "at most"),
        ({"credential": json.dumps(DEEP)}, "nested too deeply"),
    ],
)
def test_the_check_page_refuses_what_is_not_a_credential(client, checks, data, message):
    response = check_page(client, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Credential.objects.exists()


def test_the_check_page_refuses_a_file_that_is_not_a_badge(client, checks):
    for name, content in [
        ("badge.png", b"not a png"),
        ("badge.png", _plain_png()),
        ("badge.gif", b"GIF89a" + b"\x00" * 20),
    ]:
        upload = io.BytesIO(content)
        upload.name = name
        response = client.post(reverse("credentials:check"), {"badge": upload})
        assert response.status_code == 400
        assert "not a PNG badge" in response.content.decode()


def test_the_check_page_refuses_a_huge_badge_unread(client, checks):
    upload = io.BytesIO(b"\x89PNG" + b"\x00" * verification.MAX_BADGE_BYTES)
    upload.name = "badge.png"
    response = client.post(reverse("credentials:check"), {"badge": upload})
    assert response.status_code == 400
    assert "larger than 2 MB" in response.content.decode()


def test_the_check_page_limits_each_client(client, settings):
    settings.CREDENTIAL_CHECKS_PER_MINUTE = 3
    statuses = [check_page(client, credential="{}").status_code for _n in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "Too many checks" in check_page(client, credential="{}").content.decode()


def _plain_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, format="PNG")
    return buffer.getvalue()
