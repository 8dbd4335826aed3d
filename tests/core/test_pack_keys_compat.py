"""Publisher keys and signatures made before the switch from `cryptography` to PyNaCl still work.

The key file, public key line and signature below were made once with the old code (cryptography
50.0.2, OpenSSL's PKCS#8 PEM writer) and are kept here byte for byte: a coordinator's key made a
year ago must still sign, and packs signed with it must still verify.
"""

from __future__ import annotations

import base64

import pytest

from facilitator.core.packs import keys

OLD_PRIVATE_KEY = (
    "-----BEGIN PRIVATE KEY-----\n"
    "MC4CAQAwBQYDK2VwBCIEIGQm/nhqidV/WeqwIoZGD2tnb2lq7FPYAShOKCopv0bn\n"
    "-----END PRIVATE KEY-----\n"
)
OLD_PUBLIC_LINE = (
    "facilitator-ed25519 6BkRBacClZVy23d2+MFCfsQCNWW99YOwd6xL/lbRwNU= "
    "Kommunen (made with cryptography 50)\n"
)
OLD_MANIFEST = b'{\n  "format": 1,\n  "id": "kommune.test",\n  "version": 3\n}\n'
OLD_SIGNATURE = (
    b"{\n"
    b'  "algorithm": "ed25519",\n'
    b'  "public_key": "6BkRBacClZVy23d2+MFCfsQCNWW99YOwd6xL/lbRwNU=",\n'
    b'  "signature": "AGO/yyljniSFYcf+387AIjk+XH7/fDt1rjziLEdGcmwXbcy9tj7EKVpVmwL2nIxaT7kOAWwKy1Q'
    b'9zeT91VQJBA=="\n'
    b"}\n"
)
# A P-256 key in the same PKCS#8 PEM form (made with cryptography too): a key, not an Ed25519 one.
EC_PRIVATE_KEY = (
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+PJc32clo3GaID5B\n"
    "2azWJ6Yjgupo5B7YjbIgtEvSL/qhRANCAAR/5zIVC9VMS8wYI5BeXN7gfVhPRXQm\n"
    "TZHaTEVw93JYoGNjuJHSGZS6zRf9OLRQFEAWYlzMk/myCp/FvSCfnZoA\n"
    "-----END PRIVATE KEY-----\n"
)


def test_a_pack_signed_with_the_old_code_still_verifies_and_a_changed_one_does_not():
    check = keys.check_signature(OLD_MANIFEST, OLD_SIGNATURE)
    assert check.problem == "" and check.key == keys.parse_public_key(OLD_PUBLIC_LINE)
    changed = OLD_MANIFEST.replace(b'"version": 3', b'"version": 4')
    assert keys.check_signature(changed, OLD_SIGNATURE).problem == (
        "the signature does not match the manifest"
    )


def test_a_key_made_with_the_old_code_signs_exactly_as_before(tmp_path):
    key_file = tmp_path / "kommune.key"
    key_file.write_text(OLD_PRIVATE_KEY, encoding="ascii")
    # Ed25519 signatures are deterministic: the same key and manifest give the same file.
    assert keys.sign(OLD_MANIFEST, key_file) == OLD_SIGNATURE


def test_a_new_key_is_the_same_pkcs8_pem_and_its_signatures_verify(tmp_path):
    public_file = keys.keygen(tmp_path / "new.key", "Kommunen")
    pem = (tmp_path / "new.key").read_text(encoding="ascii").splitlines()
    assert pem[0] == "-----BEGIN PRIVATE KEY-----" and pem[-1] == "-----END PRIVATE KEY-----"
    assert base64.b64decode(pem[1]).startswith(bytes.fromhex("302e020100300506032b657004220420"))
    signature = keys.sign(b"manifest", tmp_path / "new.key")
    raw = keys.parse_public_key(public_file.read_text(encoding="utf-8"))
    assert keys.check_signature(b"manifest", signature).key == raw
    assert keys.check_signature(b"manifest!", signature).key is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (EC_PRIVATE_KEY, "not an Ed25519 key (make one with 'facilitator pack keygen')"),
        (
            "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----\n",
            "not an Ed25519 key",
        ),
        (OLD_PUBLIC_LINE, "not a private key made by 'facilitator pack keygen' (no '-----BEGIN"),
        (
            "-----BEGIN PRIVATE KEY-----\nnot base64!\n-----END PRIVATE KEY-----\n",
            "(the key block is not base64)",
        ),
        ("-----BEGIN PRIVATE KEY-----\n" + OLD_PRIVATE_KEY.split("\n")[1] + "\n", "(no '-----"),
        ("nøgle", "(it is not a PEM text file)"),
    ],
)
def test_a_file_that_is_no_ed25519_private_key_is_refused_by_name(tmp_path, content, message):
    key_file = tmp_path / "odd.key"
    key_file.write_bytes(content.encode("utf-8"))
    with pytest.raises(keys.KeyProblem) as problem:
        keys.sign(b"manifest", key_file)
    assert str(problem.value).startswith(f"{key_file}: ") and message in str(problem.value)
