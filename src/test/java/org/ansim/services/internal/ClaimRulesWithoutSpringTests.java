package org.ansim.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The money rules as plain code: receipts known by their first bytes, and the per-victim cap at its boundary. */
class ClaimRulesWithoutSpringTests {

    @Test
    void aReceiptIsKnownByItsFirstBytesNotByItsName() {
        assertThat(ReceiptFormat.of("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
                .contains(ReceiptFormat.PDF);
        assertThat(ReceiptFormat.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
                .contains(ReceiptFormat.JPEG);
        assertThat(ReceiptFormat.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}))
                .contains(ReceiptFormat.PNG);
        assertThat(ReceiptFormat.of("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(ReceiptFormat.of("<html>receipt.pdf</html>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ReceiptFormat.of("%PDF-".getBytes(StandardCharsets.US_ASCII)))
                .as("nothing after the magic number")
                .isEmpty();
        assertThat(ReceiptFormat.of(new byte[0])).isEmpty();
    }

    @Test
    void exactlyAtTheCapIsWithinItAndOneWonMoreIsNot() {
        assertThat(Claim.withinCap(2_000_000, 1_000_000, 3_000_000)).isTrue();
        assertThat(Claim.withinCap(2_000_000, 1_000_001, 3_000_000)).isFalse();
        assertThat(Claim.withinCap(0, 3_000_000, 3_000_000)).isTrue();
        assertThat(Claim.withinCap(3_000_000, 1, 3_000_000)).isFalse();
    }
}
