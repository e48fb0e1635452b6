package org.ansim.services.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The receipt files a claim takes, known by their first bytes (magic numbers), never by the name or the type the
 * sender declared.
 */
public enum ReceiptFormat {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final byte[] magic;

    ReceiptFormat(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format whose magic number the content starts with. */
    public static Optional<ReceiptFormat> of(byte[] content) {
        return Arrays.stream(values())
                .filter(format -> content.length > format.magic.length
                        && Arrays.equals(content, 0, format.magic.length, format.magic, 0, format.magic.length))
                .findFirst();
    }

    public static Optional<ReceiptFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(format -> format.mediaType.equals(mediaType))
                .findFirst();
    }
}
