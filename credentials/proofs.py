"""Data Integrity proofs with the ``eddsa-rdfc-2022`` cryptosuite (W3C vc-di-eddsa).

To sign: canonicalise the document without its proof and the proof's options
(with the document's ``@context``) by RDF Dataset Canonicalization, hash each
with SHA-256, and sign the proof options' hash followed by the document's with
the Ed25519 key; the signature goes in ``proofValue`` as multibase base58btc.
To verify: the same, and check the signature with the key that the proof's
``verificationMethod`` (a ``did:key``) names.

Canonicalisation is PyLD's URDNA2015, which RDFC-1.0 standardised, with the
contexts read locally (credentials/contexts.py). The two write a few control
characters differently in a text value, so the documents this product signs
never hold any (``plain_text``).
"""

import hashlib
import re

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyld import jsonld

from credentials import contexts, keys

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PURPOSE = "assertionMethod"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


class ProofError(Exception):
    """The proof cannot be checked: it is missing, not of our kind, or malformed."""


def plain_text(value: str) -> str:
    """``value`` with control characters (line breaks, tabs) turned to spaces."""
    return _CONTROL.sub(" ", value).strip()


def canonical(document: dict) -> bytes:
    """The canonical N-Quads of ``document``; contexts.UnknownContext or
    pyld's JsonLdError when it cannot be read."""
    nquads = jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": contexts.document_loader,
        },
    )
    return nquads.encode("utf-8")


def _hash_data(document: dict, proof_options: dict) -> bytes:
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    options = {key: value for key, value in proof_options.items() if key != "proofValue"}
    options["@context"] = document["@context"]
    return (
        hashlib.sha256(canonical(options)).digest() + hashlib.sha256(canonical(unsigned)).digest()
    )


def sign(document: dict, *, key: Ed25519PrivateKey, created: str) -> dict:
    """``document`` with a proof by ``key``, made at ``created`` (an XML Schema
    dateTime in UTC)."""
    options = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": keys.verification_method(key.public_key()),
        "proofPurpose": PURPOSE,
    }
    signature = key.sign(_hash_data(document, options))
    return {
        **document,
        "proof": {**options, "proofValue": "z" + base58.b58encode(signature).decode()},
    }


def proof_key(document: dict) -> Ed25519PublicKey:
    """The public key that the document's proof says signed it; ProofError if
    the proof is not one this product can check."""
    proof = document.get("proof")
    if not isinstance(proof, dict):
        raise ProofError("no single proof")
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        raise ProofError("not an eddsa-rdfc-2022 Data Integrity proof")
    if proof.get("proofPurpose") != PURPOSE:
        raise ProofError("not an assertion")
    try:
        return keys.public_key_from_method(proof.get("verificationMethod"))
    except keys.KeyFormatError as error:
        raise ProofError(str(error)) from error


def verify(document: dict) -> bool:
    """Whether the document's proof is a valid signature of it by the key it
    names. ProofError when it has no proof this product can check;
    contexts.UnknownContext or JsonLdError when it cannot be canonicalised."""
    key = proof_key(document)
    value = document["proof"].get("proofValue")
    if not isinstance(value, str) or not value.startswith("z"):
        raise ProofError("no multibase proof value")
    try:
        signature = base58.b58decode(value[1:])
    except ValueError as error:
        raise ProofError("the proof value is not base58btc") from error
    if len(signature) != 64:
        return False
    try:
        key.verify(signature, _hash_data(document, document["proof"]))
    except InvalidSignature:
        return False
    return True
