package org.ansim.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form an owning module's reveal endpoint receives from {@code privacy/reveal :: control(url)}.
 *
 * @param reason why the value is needed
 */
public record RevealRequest(
        @NotBlank @Size(min = RevealReason.MIN_LENGTH, max = RevealReason.MAX_LENGTH)
        String reason) {

    public RevealReason toReason() {
        return new RevealReason(reason);
    }
}
