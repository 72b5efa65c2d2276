package dev.leadbridge.infrastructure.jwt;

import dev.leadbridge.infrastructure.Directories;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A signing key pair for tests and the local run, generated on first use and never committed, and the tokens it
 * signs. Services only ever see the public key (as {@code OIDC_PUBLIC_KEY} or {@code LOCAL_TOKEN_PUBLIC_KEY}); production
 * deployments configure their identity provider's key and issuer instead, and nothing here ships in a service.
 */
public final class JwtKeys {

    /** The issuer services accept in tests and the local run. */
    public static final String LOCAL_ISSUER = "leadbridge-local";

    private static final String PRIVATE_KEY_FILE = "private.pem";
    private static final String PUBLIC_KEY_FILE = "public.pem";

    private final Path dir;

    private JwtKeys(Path dir) {
        this.dir = dir;
    }

    /** The key pair under {@code dir}, generating it when absent. */
    public static synchronized JwtKeys in(Path dir) {
        JwtKeys keys = new JwtKeys(dir.toAbsolutePath());
        if (!Files.exists(keys.publicKey()) || !Files.exists(keys.privateKeyFile())) {
            keys.generate();
        }
        return keys;
    }

    public Path publicKey() {
        return dir.resolve(PUBLIC_KEY_FILE);
    }

    /** A token whose subject is the rep (or user) id and whose groups are the API roles. */
    public String token(String subject, Set<String> roles, Duration validity) {
        return token(subject, roles, Map.of(), validity);
    }

    /** A token with further claims, such as the {@code teams} a manager leads. */
    public String token(String subject, Set<String> roles, Map<String, Object> claims, Duration validity) {
        JwtClaimsBuilder builder = Jwt.issuer(LOCAL_ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .expiresIn(validity);
        claims.forEach(builder::claim);
        return builder.sign(privateKey());
    }

    private Path privateKeyFile() {
        return dir.resolve(PRIVATE_KEY_FILE);
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Directories.create(dir);
            Files.writeString(privateKeyFile(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write keys to " + dir, e);
        }
    }

    /**
     * The public key as the services' configuration takes it ({@code OIDC_PUBLIC_KEY}, {@code LOCAL_TOKEN_PUBLIC_KEY}):
     * the base64 of its X.509 encoding, without PEM armour.
     */
    public String publicKeyBase64() {
        return base64Of(publicKey());
    }

    private PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Of(privateKeyFile()))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA private key: " + privateKeyFile(), e);
        }
    }

    private static String base64Of(Path pemFile) {
        try {
            return Files.readString(pemFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pemFile, e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
