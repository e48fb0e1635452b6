package org.ansim.services.internal;

import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.SealedKind;

/** A receipt's clear content and its format, as sealed together (never stored in the clear). */
public record ReceiptFile(String mediaType, byte[] content) {

    static final SealedKind<ReceiptFile> KIND = SealedKind.json("claim-receipt", ReceiptFile.class);

    static AssociatedData field(java.util.UUID claimId) {
        return AssociatedData.of("service-claim", claimId, "receipt");
    }
}
