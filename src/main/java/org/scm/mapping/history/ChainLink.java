package org.scm.mapping.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How one revision's link of the hash chain is computed, the same way the database computes it at
 * commit ({@code revision_link_append} in V6): SHA-256 of the previous link's hash (hex, '' for the
 * first link), a line feed and the revision's canonical form, as lower-case hex.
 */
public final class ChainLink {

    /** The previous hash of the first link. */
    public static final String GENESIS = "";

    private ChainLink() {}

    public static String hash(String previous, String canonical) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(canonical, "canonical");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha256.digest((previous + "\n" + canonical).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
