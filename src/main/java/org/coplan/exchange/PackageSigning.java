package org.coplan.exchange;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.UUID;
import org.coplan.service.sync.ReplicaKey;

/**
 * Ed25519 as the package format uses it, with the JDK's own provider: a package's SHA-256 digest is signed by
 * the sending replica, and the 32 raw bytes of its public key travel beside the signature.
 */
public final class PackageSigning {

    static final int PUBLIC_KEY_LENGTH = 32;
    static final int SIGNATURE_LENGTH = 64;

    private static final String ALGORITHM = "Ed25519";
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw key follows it. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private PackageSigning() {
    }

    /** A new key pair for {@code replica}. */
    public static ReplicaKey generate(UUID replica) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            byte[] encoded = pair.getPublic().getEncoded();
            byte[] raw = Arrays.copyOfRange(encoded, encoded.length - PUBLIC_KEY_LENGTH, encoded.length);
            return new ReplicaKey(replica, raw, pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", missing);
        }
    }

    static byte[] sign(ReplicaKey key, byte[] digest) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(key.privateKey())));
            signer.update(digest);
            return signer.sign();
        } catch (InvalidKeySpecException | InvalidKeyException damaged) {
            throw new IllegalStateException("the stored signing key of this replica cannot be read", damaged);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", missing);
        }
    }

    /** Whether {@code signature} is the signature of {@code digest} by {@code publicKey}; a malformed key is not. */
    static boolean verifies(byte[] publicKey, byte[] digest, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey(publicKey));
            verifier.update(digest);
            return verifier.verify(signature);
        } catch (InvalidKeySpecException | InvalidKeyException | SignatureException malformed) {
            return false;
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", missing);
        }
    }

    private static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
    }
}
