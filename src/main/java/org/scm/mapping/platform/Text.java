package org.scm.mapping.platform;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What counts as text in any input: valid Unicode (no unpaired surrogate, which cannot be stored or sent
 * as UTF-8) without the NUL character (PostgreSQL refuses it), arriving as valid UTF-8.
 */
public final class Text {

    private Text() {}

    /** What is wrong with {@code text} as text, if anything. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate (U+"
                        + Integer.toHexString(c).toUpperCase() + "), which is not Unicode text");
            }
        }
        return Optional.empty();
    }

    /** Decodes UTF-8, refusing malformed bytes instead of replacing them. */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
    }

    /** Decodes UTF-8, replacing each malformed sequence with {@code marker}, to find where they were. */
    static String decodeUtf8Marking(byte[] bytes, char marker) {
        try {
            CharBuffer decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(String.valueOf(marker))
                    .decode(ByteBuffer.wrap(bytes));
            return decoded.toString();
        } catch (CharacterCodingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
