package dyad.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bearer token that allows writes. Only its SHA-256 digest is kept, and a request's token is compared by digest
 * with {@link MessageDigest#isEqual} (constant time: how long a comparison takes tells nothing about the token).
 * Without a token the server has no writes at all.
 */
final class WriteToken {
    /** Tokens shorter than this are refused at start: they could be guessed. */
    static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private WriteToken(byte[] digest) {
        this.digest = digest;
    }

    /** A token, or null for none (writes off). */
    static WriteToken of(String token) {
        if (token == null) return null;
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the write token is " + token.length() + " characters long; give at least "
                    + MIN_LENGTH + " (for example the output of 'openssl rand -hex 32')");
        }
        return new WriteToken(sha256(token));
    }

    /**
     * Checks a request's {@code Authorization} header: 401 when it is missing or not the token. The caller has
     * already refused writes when no token is configured.
     */
    void check(String authorization) {
        String prefix = "Bearer ";
        if (authorization == null || !authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw ApiException.unauthorized("this request writes to the database: send the write token as 'Authorization: Bearer TOKEN'");
        }
        byte[] given = sha256(authorization.substring(prefix.length()).trim());
        if (!MessageDigest.isEqual(given, digest)) throw ApiException.unauthorized("wrong write token");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
